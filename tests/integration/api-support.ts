import type { Config } from '../../server/config.ts';
import { apiRetryTimeMs } from '../../server/http/app.ts';
import type { Db } from '../../server/neo4j/client.ts';
import { openTestDb, testConfig } from '../support/db.ts';
import { serve, type TestServer } from '../support/http.ts';
import { importPaths, resetDatabase } from '../support/import.ts';

/** The API test fixture: the test Neo4j holding the seed articles, imported by the real importer, and the app serving it. */

export interface Api {
  db: Db;
  config: Config;
  server: TestServer;
  get<T = any>(path: string): Promise<{ status: number; body: T; headers: Headers }>;
  post<T = any>(path: string, body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
  patch<T = any>(path: string, body: unknown): Promise<{ status: number; body: T }>;
  close(): Promise<void>;
}

/**
 * Empties the test database, imports the seeds (or `paths`) and serves the app on it, with the API's retry time as
 * `npm start` has it; `overrides` change the configuration (timeouts, token…).
 */
export async function openApi(overrides: Parameters<typeof testConfig>[0] = {}, paths: string[] = ['seeds']): Promise<Api> {
  const config = testConfig(overrides);
  const db = await openTestDb(config, { retryTimeMs: apiRetryTimeMs });
  await resetDatabase(db);
  await importPaths(db, ...paths);
  const server = await serve(db, config);
  return {
    db,
    config,
    server,
    async get(path) {
      const response = await fetch(`${server.url}${path}`);
      return { status: response.status, body: await response.json(), headers: response.headers };
    },
    post: (path, body, headers = {}) => send('POST', path, body, headers),
    patch: (path, body) => send('PATCH', path, body),
    async close() {
      await server.close();
      await db.close();
    },
  };
  async function send(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }
}
