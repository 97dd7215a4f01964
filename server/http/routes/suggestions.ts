import { Router } from 'express';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { duplicateActors } from '../../curation/duplicates.ts';
import type { Db } from '../../neo4j/client.ts';
import { parseInput } from '../errors.ts';
import { count } from '../inputs.ts';

const DuplicatesQuery = z.object({ limit: count(20, 200), scan: count(2000, 5000) });
const ReviewQuery = z.object({
  limit: count(50, 500),
  maxConfidence: z.coerce.number().min(0).max(1).default(0.8),
});

/** GET /api/suggestions/duplicates (actors to merge), GET /api/review (claims to approve or reject). */
export function suggestionRoutes(db: Db): Router {
  return Router()
    .get('/suggestions/duplicates', async (req, res) => {
      const { limit, scan } = parseInput(DuplicatesQuery, req.query);
      res.json({ duplicates: await duplicateActors(db, { limit, scan }) });
    })
    .get('/review', async (req, res) => {
      const { limit, maxConfidence } = parseInput(ReviewQuery, req.query);
      const rows = await db.read('suggestions/review', { limit: neo4j.int(limit), maxConfidence });
      res.json({ claims: rows.map((row) => row.claim) });
    });
}
