import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Db } from '../../server/neo4j/client.ts';
import { startLocalNeo4j, stopLocalNeo4j } from '../../server/neo4j/local-server.ts';
import { openTestDb, testConfig } from '../support/db.ts';
import { serve, type TestServer } from '../support/http.ts';

const config = testConfig();
let db: Db;
let server: TestServer;

before(async () => {
  db = await openTestDb(config);
  server = await serve(db, config);
});
after(async () => {
  await server.close();
  await db.close();
});

async function health(): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${server.url}/api/health`);
  return { status: response.status, body: await response.json() };
}

test('health is up while Neo4j runs, down while it is stopped, and up again when it is back', async () => {
  assert.deepEqual(await health(), { status: 200, body: { status: 'ok', neo4j: 'up' } });

  assert.equal(await stopLocalNeo4j(config), true);
  const down = await health();
  assert.equal(down.status, 503);
  assert.equal((down.body as { neo4j: string }).neo4j, 'down');

  await startLocalNeo4j(config, () => undefined);
  assert.deepEqual(await health(), { status: 200, body: { status: 'ok', neo4j: 'up' } });
});

test('an unknown endpoint is a JSON 404', async () => {
  const response = await fetch(`${server.url}/api/no-such-thing`);
  assert.equal(response.status, 404);
  assert.match(((await response.json()) as { error: string }).error, /no such endpoint/);
});
