/** What the layout needs of a graph: actor ids, and which pairs are linked (by index into `nodes`). */
export interface LayoutGraph {
  nodes: string[];
  links: Array<[number, number]>;
}

/**
 * The layout graph of these actors and relations: one link per linked pair, since the layout only
 * looks at adjacency (several relation types between two actors would only cost time).
 */
export function layoutGraph(nodes: string[], edges: Array<{ source: string; target: string }>): LayoutGraph {
  const index = new Map(nodes.map((id, at) => [id, at]));
  const pairs = new Map<string, [number, number]>();
  for (const edge of edges) {
    const [a, b] = [index.get(edge.source), index.get(edge.target)];
    if (a === undefined || b === undefined || a === b) continue;
    pairs.set(a < b ? `${a} ${b}` : `${b} ${a}`, [a, b]);
  }
  return { nodes, links: [...pairs.values()] };
}
