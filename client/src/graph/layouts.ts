import cytoscape from 'cytoscape';
import type { LAYOUTS } from '../state.ts';

export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed (fCoSE)',
  concentric: 'Concentric by degree',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Hierarchy',
};

/**
 * fCoSE's refinement (quality "default") costs about 1.3 s at 150 actors and 400 relations in
 * headless Chromium, but 4 s at 300/1,200 and 20 s at 600/2,400; beyond this cost a graph gets
 * the spectral draft only (about 1 s at 1,000/5,000).
 */
const REFINE_UP_TO = 300;

/** True when fCoSE can refine this graph in a second or so. */
export function refinable(eles: cytoscape.Collection): boolean {
  return eles.nodes().length + eles.edges().length / 4 <= REFINE_UP_TO;
}

/** Options of a layout run over `eles`; `incremental` keeps the current positions as the starting point (only for refinable graphs). */
export function layoutOptions(name: LayoutName, eles: cytoscape.Collection, incremental = false): cytoscape.LayoutOptions {
  const small = refinable(eles);
  const common = { animate: small, animationDuration: 450, fit: true, padding: 40, nodeDimensionsIncludeLabels: small };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: small ? 'default' : 'draft',
        randomize: !(incremental && small),
        packComponents: true,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
        edgeElasticity: () => 0.35,
        // The draft places actors by their distance in hops, and news graphs are a few hops wide:
        // spread a big graph further so that, fitted to the window, its actors overlap less.
        nodeSeparation: small ? 90 : 90 * Math.sqrt(eles.nodes().length / 150),
        numIter: 2500,
      } as cytoscape.LayoutOptions;
    case 'concentric':
      return {
        name: 'concentric',
        ...common,
        concentric: (node: cytoscape.NodeSingular) => Number(node.data('degree') ?? 0),
        levelWidth: () => 2,
        minNodeSpacing: 24,
      } as cytoscape.LayoutOptions;
    case 'breadthfirst': {
      const roots = eles.nodes('.focus').length ? eles.nodes('.focus') : eles.nodes().max((node) => Number(node.data('degree') ?? 0)).ele;
      return { name: 'breadthfirst', ...common, roots, spacingFactor: 1.1, directed: false } as cytoscape.LayoutOptions;
    }
    default:
      return { name, ...common, avoidOverlap: true } as cytoscape.LayoutOptions;
  }
}

/**
 * fCoSE's draft of a graph too big to refine, computed on a headless copy that holds only ids and
 * ends: run on the drawn graph, fCoSE first measures every element's style and bounds (labels and
 * edges included) while all sit at (0, 0), which costs more than the layout itself.
 */
export function draftPositions(eles: cytoscape.Collection): Map<string, cytoscape.Position> {
  const copy = cytoscape({
    headless: true,
    styleEnabled: false,
    elements: [
      ...eles.nodes().map((node) => ({ group: 'nodes' as const, data: { id: node.id() } })),
      ...eles.edges().map((edge) => ({ group: 'edges' as const, data: { id: edge.id(), source: String(edge.data('source')), target: String(edge.data('target')) } })),
    ],
  });
  copy.layout({ ...layoutOptions('fcose', eles), animate: false, fit: false } as cytoscape.LayoutOptions).run();
  const positions = new Map(copy.nodes().map((node) => [node.id(), { ...node.position() }]));
  copy.destroy();
  return positions;
}
