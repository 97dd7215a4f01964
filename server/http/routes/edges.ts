import { Router } from 'express';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { IsoDate, RelationType } from '../../extract/schema.ts';
import type { Db } from '../../neo4j/client.ts';
import { withSources, type Sourced } from '../edge-sources.ts';
import { HttpError, parseInput } from '../errors.ts';
import type { CountedEdge, Edge } from '../graph.ts';
import { ActorId, count, countsUndated, Flag, recountsFromClaims, Undated, windowError, windowIsOrdered } from '../inputs.ts';

const EdgeParams = z.object({ source: ActorId, type: RelationType, target: ActorId });
/** `from`, `to`, `undated` and `rollup` as /api/graph takes them: the edge of such a view is recomputed from its claims. */
const ClaimsQuery = z
  .object({ limit: count(500, 5000), from: IsoDate.optional(), to: IsoDate.optional(), undated: Undated, rollup: Flag.default(false) })
  .refine(windowIsOrdered, windowError);
type ClaimsQuery = z.infer<typeof ClaimsQuery>;

/** How the view the edge was asked for differs from the stored edges, for the 404 message. */
function viewNote({ from, to, undated, rollup }: ClaimsQuery): string {
  const notes = [
    rollup ? 'with persons rolled up' : null,
    from && to ? `between ${from} and ${to}` : from ? `from ${from}` : to ? `up to ${to}` : null,
    undated ? `${undated === 'include' ? 'with' : 'without'} undated claims` : null,
  ].filter(Boolean);
  return notes.length ? ` ${notes.join(', ')}` : '';
}

/** The edge with its outlets and contested flag: as stored, or (given a view) as /api/graph recounted it. */
async function sourced(db: Db, edge: CountedEdge & Partial<Sourced>, view: { from: string | null; to: string | null; rollup: boolean } | null): Promise<Edge> {
  if (!view) return (await withSources(db, [edge]))[0]!;
  const [row] = await db.read('api/pair-contested-from-claims', { source: edge.source, target: edge.target, ...view });
  return { ...edge, outlets: edge.outlets!, contested: row!.contested as boolean };
}

/** negotiates has no direction and is stored from the smaller id to the larger: an address with its ends swapped names the same edge. */
function canonicalEnds(edge: z.infer<typeof EdgeParams>): z.infer<typeof EdgeParams> {
  return edge.type === 'negotiates' && edge.source > edge.target ? { ...edge, source: edge.target, target: edge.source } : edge;
}

/**
 * GET /api/edges/:source/:type/:target/claims: one relation edge and the evidence behind it. Given a date window or
 * rollup, the edge and its claims are those /api/graph counted with the same `from`, `to` and `rollup`.
 */
export function edgeRoutes(db: Db): Router {
  return Router().get('/edges/:source/:type/:target/claims', async (req, res) => {
    const edge = canonicalEnds(parseInput(EdgeParams, req.params));
    const input = parseInput(ClaimsQuery, req.query);
    const limit = neo4j.int(input.limit);
    const fromClaims = recountsFromClaims(input);
    const view = { from: input.from ?? null, to: input.to ?? null, rollup: input.rollup };
    const [row] = fromClaims
      ? await db.read('api/edge-claims-from-claims', { ...edge, limit, ...view, undated: countsUndated(input) })
      : await db.read('api/edge-claims', { ...edge, limit });
    if (!row) throw new HttpError(404, `no ${edge.type} edge from ${JSON.stringify(edge.source)} to ${JSON.stringify(edge.target)}${viewNote(input)}`);
    res.json({ ...row, edge: await sourced(db, row.edge as CountedEdge & Partial<Sourced>, fromClaims ? view : null) });
  });
}
