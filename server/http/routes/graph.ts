import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../neo4j/client.ts';
import type { AnswerCache } from '../answer-cache.ts';
import { parseInput } from '../errors.ts';
import { filteredGraph, shortestPaths } from '../graph.ts';
import { ActorId, count, GraphFilters, RelationTypes } from '../inputs.ts';

const PathQuery = z
  .object({ from: ActorId, to: ActorId, types: RelationTypes, limit: count(20, 100) })
  .refine(({ from, to }) => from !== to, { message: 'must differ from from', path: ['to'] });

/** GET /api/graph (the filtered overview) and GET /api/path (shortest paths between two actors). */
export function graphRoutes(db: Db, answers: AnswerCache): Router {
  return Router()
    .get('/graph', async (req, res) => {
      const filters = parseInput(GraphFilters, req.query);
      await answers.send(res, `graph ${JSON.stringify(filters)}`, () => filteredGraph(db, filters));
    })
    .get('/path', async (req, res) => {
      const { from, to, types, limit } = parseInput(PathQuery, req.query);
      res.json({ paths: await shortestPaths(db, from, to, types, limit) });
    });
}
