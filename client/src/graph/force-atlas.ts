import { UndirectedGraph } from 'graphology';
import forceAtlas2Module from 'graphology-layout-forceatlas2';
import type { LayoutGraph } from './layout-graph.ts';

/**
 * The force-directed layout of a graph too big for fCoSE to refine: ForceAtlas2 (Gephi's layout
 * for networks of thousands of nodes) with hubs dissuaded, on a plain graph of ids and linked
 * pairs. Pure, so it runs the same on a worker or on the page.
 */

// A CommonJS package: bundlers and Node hand over its module.exports, which TypeScript types as `.default`.
const forceAtlas2 = forceAtlas2Module as unknown as typeof forceAtlas2Module.default;

/**
 * About this many node-iterations in total, so that the layout takes under a second whatever the size (it is the
 * longest step of a big graph's first drawing; 100 iterations at 1,000 actors).
 */
const WORK = 100_000;
/** The drawn layout spans this many pixels times the square root of the actor count. */
const SPREAD = 100;

/** x and y of every actor, in the order of `graph.nodes`. */
export function forceAtlasLayout(graph: LayoutGraph): Float64Array {
  const layout = new UndirectedGraph();
  // A sunflower spiral in the given order (most connected first) is a deterministic, even start.
  graph.nodes.forEach((id, at) => {
    const radius = Math.sqrt(at + 0.5);
    const angle = at * 2.399963;
    layout.addNode(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  for (const [a, b] of graph.links) layout.addEdge(graph.nodes[a]!, graph.nodes[b]!);
  const order = graph.nodes.length;
  forceAtlas2.assign(layout, {
    iterations: Math.round(Math.min(300, Math.max(100, WORK / Math.max(1, order)))),
    // Barnes-Hut with Gephi's default approximation (1.2) from 400 actors: half the time of 0.5.
    settings: { ...forceAtlas2.inferSettings(layout), outboundAttractionDistribution: true, barnesHutOptimize: order > 400, barnesHutTheta: 1.2 },
  });
  const xy = new Float64Array(order * 2);
  graph.nodes.forEach((id, at) => {
    const { x, y } = layout.getNodeAttributes(id) as { x: number; y: number };
    xy[2 * at] = x;
    xy[2 * at + 1] = y;
  });
  return scaleTo(xy, SPREAD * Math.sqrt(order));
}

/** Scales coordinates (x, y, x, y…) so that the wider side of their bounding box is `span` long. */
function scaleTo(xy: Float64Array, span: number): Float64Array {
  const xs = xy.filter((_, at) => at % 2 === 0);
  const ys = xy.filter((_, at) => at % 2 === 1);
  const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const factor = extent > 0 ? span / extent : 1;
  return xy.map((value) => value * factor);
}
