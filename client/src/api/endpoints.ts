import {
  ActorDetailsResponse,
  BalanceResponse,
  BlocsResponse,
  CentralityResponse,
  FlipsResponse,
  TimelineResponse,
  ActorSearchResponse,
  ArticleResponse,
  CorrectionResponse,
  CorrectionsImportResponse,
  CorrectionsResponse,
  DuplicatesResponse,
  ReviewResponse,
  CypherResponse,
  EdgeClaimsResponse,
  GraphResponse,
  HealthResponse,
  ImportResponse,
  PathResponse,
  Subgraph,
  PairTimelineResponse,
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

/** The insights over the view the filters draw (/api/insights/<name>). */
export const fetchBalance = (filters: Query) => getJson(BalanceResponse, 'insights/balance', filters);
export const fetchBlocs = (filters: Query) => getJson(BlocsResponse, 'insights/blocs', filters);
export const fetchFlips = (filters: Query) => getJson(FlipsResponse, 'insights/flips', filters);
export const fetchCentrality = (filters: Query) => getJson(CentralityResponse, 'insights/centrality', filters);

/** A pair's claims per month and type, for the relation panel's chart. */
export const fetchPairTimeline = (a: string, b: string) => getJson(PairTimelineResponse, 'insights/timeline', { a, b });

// Curation: every call makes (or undoes) a correction and answers its record.
export const mergeActor = (id: string, into: string) => postJson(CorrectionResponse, `actors/${segment(id)}/merge`, { into });
export const markNotAnActor = (id: string) => postJson(CorrectionResponse, `actors/${segment(id)}/not-an-actor`, {});
export const rejectClaim = (id: string) => postJson(CorrectionResponse, `claims/${segment(id)}/reject`, {});
export const restoreClaim = (id: string) => postJson(CorrectionResponse, `claims/${segment(id)}/restore`, {});
export const fixClaim = (id: string, changes: { type?: string; source?: string; target?: string }) =>
  postJson(CorrectionResponse, `claims/${segment(id)}`, changes, 'PATCH');
export const addClaim = (claim: { article: string; start: number; end: number; source: string; type: string; target: string }) =>
  postJson(CorrectionResponse, 'claims', claim);
export const fetchCorrections = () => getJson(CorrectionsResponse, 'corrections');
export const revertCorrection = (id: string) => postJson(CorrectionResponse, `corrections/${segment(id)}/revert`, {});
export const importCorrections = (file: unknown) => postJson(CorrectionsImportResponse, 'corrections/import', file);
export const approveClaim = (id: string) => postJson(CorrectionResponse, `claims/${segment(id)}/approve`, {});
export const fetchReview = () => getJson(ReviewResponse, 'review', { limit: 100 });
export const fetchDuplicates = () => getJson(DuplicatesResponse, 'suggestions/duplicates', { limit: 20 });
