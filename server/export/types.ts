import type { RelationType } from '../extract/schema.ts';
import type { Sourced } from '../http/edge-sources.ts';
import type { Actor, CountedEdge } from '../http/graph.ts';

/** What an export holds: actors and edges, and with `claims=true` the claims between them and their articles. */

export interface ExportClaim {
  id: string;
  type: RelationType;
  sentence: string;
  start: number;
  end: number;
  cue: string | null;
  confidence: number;
  date: string | null;
  /** A correction's mark: 'edited' or 'added'; null as extracted. */
  status: string | null;
  source: string;
  target: string;
  article: string;
}

export interface ExportArticle {
  id: string;
  title: string | null;
  date: string | null;
  source: string | null;
  file: string | null;
  url: string | null;
}

export interface ExportData {
  nodes: Actor[];
  /** Outlets and contested flags are known for the edges of a view, not of a query's result. */
  edges: (CountedEdge & Partial<Sourced>)[];
  claims?: ExportClaim[];
  articles?: ExportArticle[];
}
