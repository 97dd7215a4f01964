import type { Actor, Edge } from '../http/graph.ts';

/** What an export holds: actors and edges, and with `claims=true` the claims between them and their articles. */

export interface ExportClaim {
  id: string;
  type: string;
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
  edges: Edge[];
  claims?: ExportClaim[];
  articles?: ExportArticle[];
}
