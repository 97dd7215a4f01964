import { Router } from 'express';
import { z } from 'zod';
import type { Db } from '../../neo4j/client.ts';
import { parseInput } from '../errors.ts';
import { filteredGraph, shortestPaths } from '../graph.ts';
import { ActorId, count, GraphFilters, RelationTypes } from '../inputs.ts';

const PathQuery = z
  .object({ from: ActorId, to: ActorId, types: RelationTypes, limit: count(20, 100) })
  .refine(({ from, to }) => from !== to, { message: 'must differ from from', path: ['to'] });

/** GET /api/graph (the filtered overview) and GET /api/path (shortest paths between two actors). */
export function graphRoutes(db: Db): Router {
  return Router()
    .get('/graph', async (req, res) => {
      res.json(await filteredGraph(db, parseInput(GraphFilters, req.query)));
    })
    .get('/path', async (req, res) => {
      const { from, to, types, limit } = parseInput(PathQuery, req.query);
      res.json({ paths: await shortestPaths(db, from, to, types, limit) });
    });
}
