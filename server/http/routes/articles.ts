import { Router } from 'express';
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { ArticleRecord } from '../../import/article-input.ts';
import { ImportLockBusy } from '../../import/import-lock.ts';
import { importArticles } from '../../import/importer.ts';
import type { Db } from '../../neo4j/client.ts';
import type { UnfitCorrection } from '../../curation/corrections.ts';
import { HttpError, parseInput } from '../errors.ts';
import { count, wholeNumber } from '../inputs.ts';

const ListQuery = z.object({
  q: z.string().trim().max(200).optional(),
  limit: count(50, 500),
  offset: wholeNumber(0, 1_000_000).default(0),
});
const ArticleParams = z.object({ id: z.string().min(1).max(200) });
/** A posted article waits this long for a running import (another post, `npm run import`) to finish. */
const importWaitMs = 30_000;

/** GET /api/articles (a page, optionally filtered by title), GET /api/articles/:id, POST /api/articles (import one). */
export function articleRoutes(db: Db): Router {
  return Router()
    .get('/articles', async (req, res) => {
      const { q, limit, offset } = parseInput(ListQuery, req.query);
      const [row] = await db.read('api/articles', { q: q ? q.toLowerCase() : null, limit: neo4j.int(limit), offset: neo4j.int(offset) });
      res.json(row);
    })
    .get('/articles/:id', async (req, res) => {
      const { id } = parseInput(ArticleParams, req.params);
      const [row] = await db.read('api/article', { id });
      if (!row) throw new HttpError(404, `no article with id ${JSON.stringify(id)}`);
      res.json(row);
    })
    .post('/articles', async (req, res) => {
      const record = parseInput(ArticleRecord, req.body);
      const unfitCorrections: UnfitCorrection[] = [];
      const [outcome] = await importArticles(db, [{ ...record, file: null, key: null }], {
        keepExtractions: true,
        lockWaitMs: importWaitMs,
        onUnfitCorrections: (unfit) => unfitCorrections.push(...unfit),
      }).catch((error: unknown) => {
        if (error instanceof ImportLockBusy) throw new HttpError(503, 'another import is running; retry shortly', { retryAfterMs: importWaitMs });
        throw error;
      });
      if (!outcome || outcome.status === 'failed') throw new HttpError(422, outcome?.reason ?? 'the article could not be imported');
      const extraction = outcome.extraction ? { actors: outcome.extraction.actors, relations: outcome.extraction.relations } : null;
      // An unchanged article (same text posted again) creates nothing: 200, and no extraction was run.
      res.status(outcome.status === 'unchanged' ? 200 : 201).json({ article: { id: outcome.id, status: outcome.status }, extraction, unfitCorrections });
    });
}
