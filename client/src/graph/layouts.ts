import type cytoscape from 'cytoscape';
import type { LAYOUTS } from '../state.ts';

export type LayoutName = (typeof LAYOUTS)[number];

export const LAYOUT_LABELS: Record<LayoutName, string> = {
  fcose: 'Force-directed (fCoSE)',
  concentric: 'Concentric by degree',
  circle: 'Circle',
  grid: 'Grid',
  breadthfirst: 'Hierarchy',
};

/** Above this many nodes fCoSE runs in draft quality and without animation, to stay fast. */
const LARGE = 600;

/** Options of a layout run over `eles`; `incremental` keeps the current positions as the starting point. */
export function layoutOptions(name: LayoutName, eles: cytoscape.Collection, incremental = false): cytoscape.LayoutOptions {
  const size = eles.nodes().length;
  const animate = size <= 300;
  const common = { animate, animationDuration: 450, fit: true, padding: 40, nodeDimensionsIncludeLabels: size <= LARGE };
  switch (name) {
    case 'fcose':
      return {
        name: 'fcose',
        ...common,
        quality: size > LARGE ? 'draft' : 'default',
        randomize: !incremental,
        packComponents: true,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
        edgeElasticity: () => 0.35,
        nodeSeparation: 90,
        numIter: size > LARGE ? 1200 : 2500,
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
