import type cytoscape from 'cytoscape';
import type { LAYOUTS } from '../state.ts';

export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed',
  concentric: 'Concentric by degree',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Hierarchy',
};

/**
 * fCoSE's refinement (quality "default") costs about 1.3 s at 150 actors and 400 relations in
 * headless Chromium, but 4 s at 300/1,200 and 20 s at 600/2,400; a bigger graph is laid out by
 * ForceAtlas2 on a worker instead (see force-atlas.ts).
 */
const REFINE_UP_TO = 300;

/** True when fCoSE can lay out a graph of this size in a second or so. */
export function refinable(nodes: number, edges: number): boolean {
  return nodes + edges / 4 <= REFINE_UP_TO;
}

/** Options of a layout run over `eles`; `incremental` keeps the current positions as the starting point. */
export function layoutOptions(name: LayoutName, eles: cytoscape.Collection, incremental = false): cytoscape.LayoutOptions {
  const small = refinable(eles.nodes().length, eles.edges().length);
  const common = { animate: small, animationDuration: 450, fit: true, padding: 40, nodeDimensionsIncludeLabels: small };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: 'default',
        randomize: !incremental,
        packComponents: true,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
        edgeElasticity: () => 0.35,
        nodeSeparation: 90,
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
