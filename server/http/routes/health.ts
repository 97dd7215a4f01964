import { Router } from 'express';
import type { Db } from '../../neo4j/client.ts';

/** GET /api/health: 200 `{status: "ok", neo4j: "up"}`, or 503 with `neo4j: "down"` while the database is unreachable. */
export function healthRoutes(db: Db): Router {
  return Router().get('/health', async (_req, res) => {
    const up = await db.isUp();
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'unavailable', neo4j: up ? 'up' : 'down' });
  });
}
