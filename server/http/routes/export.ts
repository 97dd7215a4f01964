import { Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import { toBundleZip } from '../../export/bundle.ts';
import { exportFormats, formats } from '../../export/formats.ts';
import type { Db } from '../../neo4j/client.ts';
import { parseInput } from '../errors.ts';
import { exportBundle } from '../export-bundle.ts';
import { exportData, type Selection } from '../export-selection.ts';
import { ActorIds, Flag, GraphFilterFields, wholeNumber, windowError, windowIsOrdered } from '../inputs.ts';

const ExportQuery = GraphFilterFields.extend({
  format: z.enum([...exportFormats, 'bundle']).default('json'),
  ids: ActorIds.optional(),
  depth: wholeNumber(0, 3).default(1),
  query: z.string().trim().min(1).max(100_000).optional(),
  claims: Flag.default(false),
}).refine(windowIsOrdered, windowError);
type ExportQuery = z.infer<typeof ExportQuery>;

/** A query wins over ids, ids over the graph filters. */
function selectionOf(input: ExportQuery): Selection {
  if (input.query) return { by: 'query', query: input.query };
  if (input.ids) {
    // The view the actors were taken from decides which of their relations and claims are exported.
    const { depth, types, limit, maxEdges, minWeight, from, to, undated, rollup, contested, minOutlets } = input;
    return { by: 'ids', ids: input.ids, depth, types, limit, maxEdges, minWeight, from, to, undated, rollup, contested, minOutlets };
  }
  return { by: 'filters', filters: input };
}

/** GET /api/export: a subgraph as a download in one of the export formats, or as a reproducible bundle (a zip). */
export function exportRoutes(db: Db, config: Config): Router {
  return Router().get('/export', async (req, res) => {
    const input = parseInput(ExportQuery, req.query);
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    if (input.format === 'bundle') {
      const zip = toBundleZip(await exportBundle(db, config, selectionOf(input)));
      res.attachment(`actors-${stamp}.bundle.zip`).type('application/zip').send(Buffer.from(zip));
      return;
    }
    const format = formats[input.format];
    const body = format.render(await exportData(db, config, selectionOf(input), input.claims));
    res.attachment(`actors-${stamp}.${format.extension}`).type(format.contentType).send(typeof body === 'string' ? body : Buffer.from(body));
  });
}
