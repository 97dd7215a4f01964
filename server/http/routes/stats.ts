import { Router } from 'express';
import type { Db } from '../../neo4j/client.ts';

/** GET /api/stats: counts per label and relationship type, and the latest import run (or null). */
export function statsRoutes(db: Db): Router {
  return Router().get('/stats', async (_req, res) => {
    const [row] = await db.read('api/stats');
    res.json(row);
  });
}
