import { Router } from 'express';
import { z } from 'zod';
import { insights } from '../../insights/index.ts';
import type { Db } from '../../neo4j/client.ts';
import type { AnswerCache } from '../answer-cache.ts';
import { parseInput } from '../errors.ts';
import { drawnGraph } from '../graph.ts';
import { ActorId, GraphFilters } from '../inputs.ts';
import { relationTypes } from '../../extract/schema.ts';

const PairQuery = z.object({ a: ActorId, b: ActorId }).refine(({ a, b }) => a !== b, { message: 'must differ from a', path: ['b'] });

type MonthRow = { month: string | null; counts: { type: string; claims: number }[] };

/**
 * GET /api/insights/<name> for each insight (balance, blocs, flips, centrality) over the graph /api/graph draws with
 * the same filters, and GET /api/insights/timeline?a=&b=: a pair's claims per month and type.
 */
export function insightRoutes(db: Db, answers: AnswerCache): Router {
  const router = Router();
  for (const insight of insights) {
    router.get(`/insights/${insight.name}`, async (req, res) => {
      const filters = parseInput(GraphFilters, req.query);
      await answers.send(res, `insights/${insight.name} ${JSON.stringify(filters)}`, async () => {
        const { nodes, edges } = await drawnGraph(db, filters);
        return insight.compute({ db, filters, view: { nodes, edges } });
      });
    });
  }
  return router.get('/insights/timeline', async (req, res) => {
    const pair = parseInput(PairQuery, req.query);
    const rows = (await db.read('insights/pair-timeline', pair)) as unknown as MonthRow[];
    res.json({
      months: rows.map(({ month, counts }) => ({
        month,
        ...Object.fromEntries(relationTypes.map((type) => [type, counts.find((count) => count.type === type)?.claims ?? 0])),
      })),
    });
  });
}
