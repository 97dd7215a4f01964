import express from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { projectRoot } from '../config.ts';
import type { Db } from '../neo4j/client.ts';
import { AnswerCache } from './answer-cache.ts';
import { afterWrite } from './after-write.ts';
import { guardUserCypher, guardWrites, trustedRequestCheck } from './auth.ts';
import { errorHandler, HttpError } from './errors.ts';
import { checkHost } from './host-check.ts';
import { actorRoutes } from './routes/actors.ts';
import { articleRoutes } from './routes/articles.ts';
import { correctionRoutes } from './routes/corrections.ts';
import { cypherRoutes } from './routes/cypher.ts';
import { edgeRoutes } from './routes/edges.ts';
import { exportRoutes } from './routes/export.ts';
import { graphRoutes } from './routes/graph.ts';
import { healthRoutes } from './routes/health.ts';
import { insightRoutes } from './routes/insights.ts';
import { statsRoutes } from './routes/stats.ts';
import { suggestionRoutes } from './routes/suggestions.ts';

export const clientDist = path.join(projectRoot, 'dist', 'client');

/**
 * How long the API's Db retries a failed transaction (server/cli/start.ts opens it so): a request while Neo4j
 * is unreachable answers 503 within ~3 s instead of after the driver's default 15 s.
 */
export const apiRetryTimeMs = 2_000;

export interface AppDeps {
  db: Db;
  config: Config;
}

/** The Express app: the JSON API under /api and the built web page at /. */
export function createApp({ db, config }: AppDeps): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');

  app.use(checkHost(config));
  const answers = new AnswerCache(db);
  const trusted = trustedRequestCheck(config.API_TOKEN, config.ALLOWED_HOSTS);
  const api = express.Router();
  // By method, so every write route (present or future) is guarded; user Cypher in a GET is named.
  api.use(guardWrites(trusted));
  api.get('/export', guardUserCypher(trusted, 'query'));
  api.use(express.json({ limit: '2mb' }));
  api.use(['/articles', '/actors', '/claims', '/corrections'], afterWrite(() => answers.graphChanged()));
  api.use(healthRoutes(db));
  api.use(graphRoutes(db, answers));
  api.use(actorRoutes(db, answers));
  api.use(edgeRoutes(db));
  api.use(articleRoutes(db));
  api.use(correctionRoutes(db));
  api.use(suggestionRoutes(db));
  api.use(cypherRoutes(db, config));
  api.use(exportRoutes(db, config));
  api.use(statsRoutes(db));
  api.use(insightRoutes(db, answers));
  api.use((req, _res, next) => next(new HttpError(404, `no such endpoint: ${req.method} ${req.originalUrl}`)));
  app.use('/api', api);

  if (fs.existsSync(clientDist)) {
    app.use(express.static(clientDist, { index: 'index.html', maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => res.sendFile(path.join(clientDist, 'index.html')));
  }
  app.use((req, _res, next) => next(new HttpError(404, `nothing at ${req.method} ${req.path}`)));
  app.use(errorHandler);
  return app;
}
