import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { rawRequest } from '../support/raw-http.ts';
import { openApi, type Api } from './api-support.ts';

/** DESIGN.md's security model: Host allow-list (DNS rebinding), Origin check and API_TOKEN on every write and every user Cypher. */

const token = 'test-token-0123456789';
let api: Api;
before(async () => {
  api = await openApi({ API_TOKEN: token, ALLOWED_HOSTS: 'explorer.example, proxy.example:8443' });
});
after(() => api.close());

const port = () => new URL(api.server.url).port;
const bearer = { authorization: `Bearer ${token}` };
const article = JSON.stringify({ text: 'Turkey opposes Russia over the talks in Geneva.', title: 'Rebinding' });

test('DNS rebinding: a Host that is not this server is refused on every path, reads and writes alike', async () => {
  for (const host of ['evil.example', `evil.example:${port()}`, '127.0.0.1.evil.example', '']) {
    for (const [method, path, body] of [
      ['GET', '/api/graph', undefined],
      ['GET', '/api/health', undefined],
      ['GET', '/', undefined],
      ['POST', '/api/articles', article],
      ['POST', '/api/cypher', '{"query": "MATCH (n) RETURN n"}'],
    ] as const) {
      const answer = await rawRequest(api.server.url, { method, path, body, headers: { host, 'content-type': 'application/json', ...bearer } });
      assert.equal(answer.status, 421, `${method} ${path} with Host ${host}`);
      assert.match(JSON.parse(answer.text).error, /does not answer to the host/);
    }
  }
  const { records } = await api.db.driver.executeQuery("MATCH (a:Article {title: 'Rebinding'}) RETURN count(a) AS n");
  assert.equal(records[0]!.get('n'), 0, 'nothing was written');
});

test('the loopback names, the bound HOST and ALLOWED_HOSTS are answered', async () => {
  for (const host of [`localhost:${port()}`, `127.0.0.1:${port()}`, `[::1]:${port()}`, 'LOCALHOST', 'explorer.example', 'proxy.example:8443']) {
    const answer = await rawRequest(api.server.url, { path: '/api/health', headers: { host } });
    assert.equal(answer.status, 200, host);
  }
});

test('a write or user Cypher from a page of another site is refused, even with the token', async () => {
  for (const origin of ['http://evil.example', `http://localhost:${Number(port()) + 1}`, 'null']) {
    const answer = await rawRequest(api.server.url, {
      method: 'POST',
      path: '/api/cypher',
      body: '{"query": "RETURN 1"}',
      headers: { origin, 'content-type': 'application/json', ...bearer },
    });
    assert.equal(answer.status, 403, origin);
    const exported = await rawRequest(api.server.url, { path: '/api/export?query=MATCH%20(a:Actor)%20RETURN%20a', headers: { origin, ...bearer } });
    assert.equal(exported.status, 403, `export by query from ${origin}`);
  }
  const sameSite = await rawRequest(api.server.url, {
    method: 'POST',
    path: '/api/cypher',
    body: '{"query": "RETURN 1 AS one"}',
    headers: { origin: api.server.url, 'content-type': 'application/json', ...bearer },
  });
  assert.equal(sameSite.status, 200);
  const read = await rawRequest(api.server.url, { path: '/api/graph', headers: { origin: 'http://evil.example' } });
  assert.equal(read.status, 200, 'reads are left to the browser’s same-origin policy');
});

test('with API_TOKEN, every write method and every user Cypher needs the token, whatever the route', async () => {
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
    for (const path of ['/api/articles', '/api/actors/turkey', '/api/some-future-route']) {
      const answer = await rawRequest(api.server.url, { method, path, body: '{}', headers: { 'content-type': 'application/json' } });
      assert.equal(answer.status, 401, `${method} ${path}`);
    }
  }
  const query = '/api/export?format=json&query=MATCH%20(a:Actor)-[r:OPPOSES]->(b)%20RETURN%20a,%20r,%20b';
  assert.equal((await rawRequest(api.server.url, { path: query })).status, 401);
  assert.equal((await rawRequest(api.server.url, { path: query, headers: bearer })).status, 200);
  assert.equal((await rawRequest(api.server.url, { path: '/api/export?format=json&types=opposes' })).status, 200, 'an export by filters is a plain read');
});
