import type { Config } from '../config.ts';
import { relationTypes, type RelationType } from '../extract/schema.ts';
import type { ExportArticle, ExportClaim, ExportData } from '../export/types.ts';
import type { Db } from '../neo4j/client.ts';
import { actorsById, filteredGraph, neighborhood, type CountedEdge, type EdgeView } from './graph.ts';
import { countsUndated, type GraphFilters } from './inputs.ts';
import { runUserCypher } from './user-cypher.ts';

/** Which subgraph an export holds: the /api/graph filters, actors and their neighbourhood, or a read-only query's result. */
export type Selection =
  | { by: 'filters'; filters: GraphFilters }
  | ({ by: 'ids'; ids: string[]; depth: number; types: RelationType[]; limit: number; maxEdges: number | undefined } & EdgeView)
  | { by: 'query'; query: string };

const isRelationType = (type: string): type is RelationType => (relationTypes as readonly string[]).includes(type);

/** The actors and relation edges a user's query returned (other nodes and relationships are not part of an actor export). */
async function queryGraph(db: Db, config: Config, query: string): Promise<ExportData> {
  const { graph } = await runUserCypher(db, config, query, {});
  const actorIds = graph.nodes.filter((node) => node.labels.includes('Actor')).map((node) => node.id);
  const actors = new Set(actorIds);
  const edges = graph.edges
    .filter((edge) => isRelationType(edge.type) && actors.has(edge.source) && actors.has(edge.target))
    .map(({ id, source, target, type, weight, claims, articles, first_seen, last_seen }) => ({ id, source, target, type, weight, claims, articles, first_seen, last_seen }) as CountedEdge);
  return { nodes: await actorsById(db, actorIds), edges };
}

async function selectGraph(db: Db, config: Config, selection: Selection): Promise<ExportData> {
  switch (selection.by) {
    case 'filters': {
      const { nodes, edges } = await filteredGraph(db, selection.filters);
      return { nodes, edges };
    }
    case 'ids': {
      const { nodes, edges } = await neighborhood(db, selection.ids, selection);
      return { nodes, edges };
    }
    case 'query':
      return queryGraph(db, config, selection.query);
  }
}

function typesOf(selection: Selection): RelationType[] {
  if (selection.by === 'filters') return selection.filters.types;
  return selection.by === 'ids' ? selection.types : [...relationTypes];
}

/** The claims between the selected actors (within the selection's date window, if any) and the articles they come from. */
async function claimsAmong(db: Db, graph: ExportData, selection: Selection): Promise<Pick<ExportData, 'claims' | 'articles'>> {
  const window = selection.by === 'filters' ? selection.filters : selection.by === 'ids' ? selection : undefined;
  const rows = await db.read('export/claims', {
    ids: graph.nodes.map((actor) => actor.id),
    types: typesOf(selection),
    from: window?.from ?? null,
    to: window?.to ?? null,
    undated: countsUndated(window ?? {}),
  });
  const articles = new Map(rows.map((row) => [(row.article as ExportArticle).id, row.article as ExportArticle]));
  return { claims: rows.map((row) => row.claim as ExportClaim), articles: [...articles.values()] };
}

export async function exportData(db: Db, config: Config, selection: Selection, withClaims: boolean): Promise<ExportData> {
  const graph = await selectGraph(db, config, selection);
  return withClaims ? { ...graph, ...(await claimsAmong(db, graph, selection)) } : graph;
}
