import { Router } from 'express';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { RelationType } from '../../extract/schema.ts';
import type { Db } from '../../neo4j/client.ts';
import { HttpError, parseInput } from '../errors.ts';
import { ActorId, count } from '../inputs.ts';

const EdgeParams = z.object({ source: ActorId, type: RelationType, target: ActorId });
const ClaimsQuery = z.object({ limit: count(500, 5000) });

/** GET /api/edges/:source/:type/:target/claims: one relation edge and the evidence behind it. */
export function edgeRoutes(db: Db): Router {
  return Router().get('/edges/:source/:type/:target/claims', async (req, res) => {
    const edge = parseInput(EdgeParams, req.params);
    const { limit } = parseInput(ClaimsQuery, req.query);
    const [row] = await db.read('api/edge-claims', { ...edge, limit: neo4j.int(limit) });
    if (!row) throw new HttpError(404, `no ${edge.type} edge from ${JSON.stringify(edge.source)} to ${JSON.stringify(edge.target)}`);
    res.json(row);
  });
}
