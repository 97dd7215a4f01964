import { Router } from 'express';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { Db } from '../../neo4j/client.ts';
import type { AnswerCache } from '../answer-cache.ts';
import { HttpError, parseInput } from '../errors.ts';
import { neighborhood } from '../graph.ts';
import { ActorId, count, MaxEdges, RelationTypes, wholeNumber } from '../inputs.ts';
import { actorNameQuery } from '../lucene.ts';

const SearchQuery = z.object({ q: z.string().max(200), limit: count(10, 100) });
const ActorParams = z.object({ id: ActorId });
const NeighborhoodQuery = z.object({
  depth: wholeNumber(1, 3).default(1),
  types: RelationTypes,
  limit: count(100, 2000),
  maxEdges: MaxEdges,
});

/** The most full-text hits a search ranks by match quality. */
const searchCandidates = 200;

/** How many of an actor's articles GET /api/actors/:id lists (newest first). */
const articleLimit = 100;

/** GET /api/actors?q= (name search), /api/actors/:id (details), /api/actors/:id/neighborhood. */
export function actorRoutes(db: Db, answers: AnswerCache): Router {
  return Router()
    .get('/actors', async (req, res) => {
      const { q, limit } = parseInput(SearchQuery, req.query);
      const lucene = actorNameQuery(q);
      // The index's best hits are ranked again by how well a name matches, so more are fetched than shown.
      const candidates = neo4j.int(Math.min(searchCandidates, Math.max(50, limit * 5)));
      const text = q.trim().toLowerCase().replace(/\s+/g, ' ');
      const rows = lucene ? await db.read('api/actor-search', { lucene, q: text, candidates, limit: neo4j.int(limit) }) : [];
      res.json({ actors: rows.map((row) => row.actor) });
    })
    .get('/actors/:id', async (req, res) => {
      const { id } = parseInput(ActorParams, req.params);
      const [row] = await db.read('api/actor', { id, articleLimit: neo4j.int(articleLimit) });
      if (row) return void res.json(row);
      // A merged actor's id stands for the actor it was merged into.
      const [merged] = await db.read('corrections/merged-into', { id });
      const [into] = merged ? await db.read('api/actor', { id: merged.id, articleLimit: neo4j.int(articleLimit) }) : [];
      if (!into) throw new HttpError(404, `no actor with id ${JSON.stringify(id)}`);
      res.json({ ...into, mergedFrom: id });
    })
    .get('/actors/:id/neighborhood', async (req, res) => {
      const { id } = parseInput(ActorParams, req.params);
      const options = parseInput(NeighborhoodQuery, req.query);
      await answers.send(res, `neighborhood ${JSON.stringify([id, options])}`, () => neighborhood(db, [id], options));
    });
}
