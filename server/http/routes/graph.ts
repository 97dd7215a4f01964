import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../neo4j/client.ts';
import type { AnswerCache } from '../answer-cache.ts';
import { parseInput } from '../errors.ts';
import { filteredGraph, shortestPaths } from '../graph.ts';
import { ActorId, count, Flag, GraphFilters, RelationTypes } from '../inputs.ts';

const PathQuery = z
  .object({ from: ActorId, to: ActorId, types: RelationTypes, limit: count(20, 100), rollup: Flag.default(false) })
  .refine(({ from, to }) => from !== to, { message: 'must differ from from', path: ['to'] });

const TimelineQuery = z.object({ types: RelationTypes });

/** GET /api/graph (the filtered overview), GET /api/timeline (claims per month) and GET /api/path (shortest paths between two actors). */
export function graphRoutes(db: Db, answers: AnswerCache): Router {
  return Router()
    .get('/graph', async (req, res) => {
      const filters = parseInput(GraphFilters, req.query);
      await answers.send(res, `graph ${JSON.stringify(filters)}`, () => filteredGraph(db, filters));
    })
    .get('/timeline', async (req, res) => {
      const { types } = parseInput(TimelineQuery, req.query);
      await answers.send(res, `timeline ${JSON.stringify(types)}`, async () => (await db.read('api/claim-months', { types }))[0]);
    })
    .get('/path', async (req, res) => {
      const { from, to, types, limit, rollup } = parseInput(PathQuery, req.query);
      res.json({ paths: await shortestPaths(db, from, to, { types, limit, rollup }) });
    });
}
