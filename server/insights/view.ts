import type { Db } from '../neo4j/client.ts';
import type { Actor, CountedEdge } from '../http/graph.ts';
import type { GraphFilters } from '../http/inputs.ts';

/** What every insight reads: the graph /api/graph draws with the request's filters (without outlets), and the filters. */
export interface InsightInput {
  db: Db;
  filters: GraphFilters;
  view: { nodes: Actor[]; edges: CountedEdge[] };
}

/** One metric over the view, served at GET /api/insights/<name>. */
export interface Insight {
  name: string;
  compute(input: InsightInput): unknown;
}
