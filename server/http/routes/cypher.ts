import { Router } from 'express';
import { z } from 'zod';
import type { Config } from '../../config.ts';
import type { Db } from '../../neo4j/client.ts';
import { parseInput } from '../errors.ts';
import { runUserCypher } from '../user-cypher.ts';

const CypherBody = z.object({
  query: z.string().trim().min(1, 'the query is empty').max(100_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

/** POST /api/cypher: a user's read-only Cypher; rows as JSON and the graph found in them. */
export function cypherRoutes(db: Db, config: Config): Router {
  return Router().post('/cypher', async (req, res) => {
    const { query, params } = parseInput(CypherBody, req.body);
    res.json(await runUserCypher(db, config, query, params));
  });
}
