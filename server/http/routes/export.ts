import { Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { exportFormats, formats } from '../../export/formats.ts';
import type { ExportData } from '../../export/types.ts';
import type { Db } from '../../neo4j/client.ts';
import { parseInput } from '../errors.ts';
import { exportData, type Selection } from '../export-selection.ts';
import { edgesAmong } from '../graph.ts';
import { ActorIds, edgeCap, Flag, GraphFilterFields, windowError, windowIsOrdered } from '../inputs.ts';

const ExportQuery = GraphFilterFields.extend({
  format: z.enum(exportFormats).default('json'),
  ids: ActorIds.optional(),
  depth: z.coerce.number().int().min(0).max(3).default(1),
  query: z.string().trim().min(1).max(100_000).optional(),
  claims: Flag.default(false),
}).refine(windowIsOrdered, windowError);
type ExportQuery = z.infer<typeof ExportQuery>;

/** A query wins over ids, ids over the graph filters. */
function selectionOf(input: ExportQuery): Selection {
  if (input.query) return { by: 'query', query: input.query };
  if (input.ids) return { by: 'ids', ids: input.ids, depth: input.depth, types: input.types, limit: input.limit, maxEdges: input.maxEdges };
  return { by: 'filters', filters: input };
}

/** Whether a claim's date lies in the window [from, to] as /api/graph reads it (`to=2024` includes all of 2024; undated claims fall outside). */
function inWindow(date: string | null, { from, to }: ExportQuery): boolean {
  if (!from && !to) return true;
  return date !== null && (!from || date >= from) && (!to || date < `${to}~`);
}

/**
 * An export by ids shows the view it was taken from: its relations between the exported actors are those /api/graph
 * draws with the same `types`, `from`, `to`, `minWeight` and `rollup`, and its claims those of the date window.
 */
async function keepViewFilters(db: Db, data: ExportData, input: ExportQuery): Promise<ExportData> {
  if (!input.from && !input.to && !input.rollup && input.minWeight === 1) return data;
  const ids = data.nodes.map((actor) => actor.id);
  const { edges } = await edgesAmong(db, ids, { ...input, maxEdges: edgeCap(input) });
  if (!data.claims) return { ...data, edges };
  const claims = data.claims.filter((claim) => inWindow(claim.date, input));
  const cited = new Set(claims.map((claim) => claim.article));
  return { ...data, edges, claims, articles: (data.articles ?? []).filter((article) => cited.has(article.id)) };
}

/** GET /api/export: a subgraph as a download in one of the export formats. */
export function exportRoutes(db: Db, config: Config): Router {
  return Router().get('/export', async (req, res) => {
    const input = parseInput(ExportQuery, req.query);
    const format = formats[input.format];
    const selection = selectionOf(input);
    const data = await exportData(db, config, selection, input.claims);
    const body = format.render(selection.by === 'ids' ? await keepViewFilters(db, data, input) : data);
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    res.attachment(`actors-${stamp}.${format.extension}`).type(format.contentType).send(typeof body === 'string' ? body : Buffer.from(body));
  });
}
