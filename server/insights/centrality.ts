import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import { weightedDegree } from 'graphology-metrics/node/weighted-degree.js';
import type { Edge } from '../http/graph.ts';
import type { Insight } from './view.ts';
import { directedWeighted, undirectedWeighted } from './weighted-graph.ts';

/**
 * Centrality of the view's actors (graphology-metrics): degree (how many actors it has a relation with),
 * weighted degree (the claims of its relations) and PageRank over the relations, each weighted by its claims
 * (negotiates counts in both directions). Most central (PageRank) first.
 */

const pagerank = pagerankModule as unknown as typeof pagerankModule.default;

export interface Centrality {
  actors: { id: string; degree: number; weightedDegree: number; pagerank: number }[];
}

export function centralityOf(actors: string[], edges: Pick<Edge, 'source' | 'target' | 'type' | 'weight'>[]): Centrality {
  const links = edges.map(({ source, target, weight }) => ({ a: source, b: target, weight }));
  const relations = undirectedWeighted(actors, links);
  // negotiates has no direction: it flows both ways.
  const backwards = edges.filter((edge) => edge.type === 'negotiates').map(({ source, target, weight }) => ({ a: target, b: source, weight }));
  const flows = directedWeighted(actors, [...links, ...backwards]);
  const ranks = flows.order ? pagerank(flows, { getEdgeWeight: 'weight' }) : {};
  return {
    actors: relations
      .mapNodes((id) => ({ id, degree: relations.degree(id), weightedDegree: weightedDegree(relations, id, 'weight'), pagerank: ranks[id] ?? 0 }))
      .sort((a, b) => b.pagerank - a.pagerank || (a.id < b.id ? -1 : 1)),
  };
}

export const centrality: Insight = {
  name: 'centrality',
  compute: ({ view }) => centralityOf(view.nodes.map((actor) => actor.id), view.edges),
};
