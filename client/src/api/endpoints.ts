import {
  ActorDetailsResponse,
  ActorSearchResponse,
  ArticleResponse,
  CypherResponse,
  EdgeClaimsResponse,
  GraphResponse,
  HealthResponse,
  ImportResponse,
  PathResponse,
  Subgraph,
  TimelineResponse,
} from './contract.ts';
import { getJson, postJson, segment, type Query } from './http.ts';

/** One function per API endpoint the page uses. */

export const fetchHealth = () => getJson(HealthResponse, 'health');

export const fetchGraph = (filters: Query, signal?: AbortSignal) => getJson(GraphResponse, 'graph', filters, signal);

export const fetchTimeline = (types: string) => getJson(TimelineResponse, 'timeline', { types });

export const searchActors = (q: string, limit: number, signal?: AbortSignal) =>
  getJson(ActorSearchResponse, 'actors', { q, limit }, signal).then((answer) => answer.actors);

export const fetchActor = (id: string) => getJson(ActorDetailsResponse, `actors/${segment(id)}`);

export const fetchNeighborhood = (id: string, query: { depth: number; limit: number; types: string }) =>
  getJson(Subgraph, `actors/${segment(id)}/neighborhood`, query);

export const fetchPaths = (from: string, to: string, types: string, rollup: boolean) => getJson(PathResponse, 'path', { from, to, types, rollup: rollup || null });

/** The filters of the view a relation was drawn in that change how it is counted: a date window, persons rolled up. */
export interface EdgeView {
  from?: string | null;
  to?: string | null;
  undated?: 'include' | 'exclude' | null;
  rollup?: boolean;
}

/** A relation and its claims; given the view it was drawn in, as /api/graph counted it there. */
export const fetchEdgeClaims = (source: string, type: string, target: string, view: EdgeView = {}) =>
  getJson(EdgeClaimsResponse, `edges/${segment(source)}/${segment(type)}/${segment(target)}/claims`, {
    from: view.from,
    to: view.to,
    undated: view.undated,
    rollup: view.rollup || null,
  });

export const fetchArticle = (id: string) => getJson(ArticleResponse, `articles/${segment(id)}`);

export interface NewArticle {
  title?: string;
  date?: string;
  source?: string;
  url?: string;
  text: string;
}
export const postArticle = (article: NewArticle) => postJson(ImportResponse, 'articles', article);

export const runCypher = (query: string, params: Record<string, unknown>) => postJson(CypherResponse, 'cypher', { query, params });
