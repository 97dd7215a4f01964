import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startLocalNeo4j, stopLocalNeo4j } from '../../server/neo4j/local-server.ts';
import { testConfig } from '../support/db.ts';
import { openApi, type Api } from './api-support.ts';

/** The API's security and failure behaviour: the POST token, JSON errors, a database that goes away and comes back. */

const token = 'test-token-0123456789';
let api: Api;
before(async () => {
  api = await openApi({ API_TOKEN: token });
});
after(() => api.close());

test('with API_TOKEN set, every POST needs the token; GETs do not', async () => {
  const query = { query: 'RETURN 1 AS one' };
  const without = await api.post('/api/cypher', query);
  assert.equal(without.status, 401);
  assert.match(without.body.error, /API token/);
  assert.equal((await api.post('/api/cypher', query, { authorization: 'Bearer wrong-token-000000' })).status, 401);
  assert.equal((await api.post('/api/articles', { text: 'Turkey opposes Russia.' })).status, 401);
  assert.equal((await api.post('/api/cypher', query, { authorization: token })).status, 401, 'the Bearer scheme is required');
  const granted = await api.post('/api/cypher', query, { authorization: `Bearer ${token}` });
  assert.equal(granted.status, 200);
  assert.deepEqual(granted.body.rows, [{ one: 1 }]);
  assert.equal((await api.get('/api/stats')).status, 200);
});

test('errors are JSON without stack traces', async () => {
  for (const path of ['/api/actors/nobody', '/api/graph?limit=x', '/api/no-such-endpoint', '/api/edges/a/b/c/claims']) {
    const response = await fetch(`${api.server.url}${path}`);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/, path);
    const text = await response.text();
    assert.doesNotMatch(text, /\bat .*\.ts:\d+/, path);
    assert.equal(typeof JSON.parse(text).error, 'string', path);
  }
});

test('while Neo4j is stopped the API answers 503 with a clear message, and serves again once it is back', async () => {
  const config = testConfig();
  assert.equal((await api.get('/api/graph')).status, 200);
  assert.equal(await stopLocalNeo4j(config), true);
  const began = performance.now();
  const down = await api.get('/api/graph');
  assert.ok(performance.now() - began < 4_000, 'the answer comes within a few seconds, not after long retries');
  assert.equal(down.status, 503);
  assert.deepEqual(down.body, { error: 'the database is unavailable; retry shortly', neo4j: 'down' });
  await startLocalNeo4j(config, () => undefined);
  const back = await api.get('/api/graph');
  assert.equal(back.status, 200);
  assert.ok(back.body.nodes.length > 0);
});
