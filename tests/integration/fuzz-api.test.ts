import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { Random } from '../../server/corpus/random.ts';
import { rawRequest, type RawAnswer } from '../support/raw-http.ts';
import { openApi, type Api } from './api-support.ts';

/**
 * A bounded, deterministic fuzz of every endpoint on the loopback test server: malformed paths,
 * parameters, bodies and headers must give a 4xx (or a 2xx), never a 5xx.
 */

const seed = 0x5eed;
const requests = 600;

let api: Api;
before(async () => {
  api = await openApi({ CYPHER_TIMEOUT_MS: '3000' });
});
after(() => api.close());

const nastyValues = [
  '', '%', '%ZZ', '%C3%28', '%00', '%FF%FE', '0x10', '1e3', '-1', '0', '1.5', '99999999999999999999', 'NaN', 'Infinity',
  'true', 'null', '[]', '{}', 'a,,b,', ',', 'supports,opposes,negotiates,supports', '2024-13-45', '2024-02-30', '9999-12-31',
  'turkey', 'x'.repeat(5000), 'ü%20ß', '%E2%80%AE', '..%2F..%2Fetc%2Fpasswd', '<script>', "' OR 1=1 --", 'MATCH (n) RETURN n',
];
const parameterNames = ['limit', 'maxEdges', 'types', 'kinds', 'from', 'to', 'minWeight', 'rollup', 'q', 'offset', 'depth', 'ids', 'format', 'query', 'claims'];
const pathTemplates = [
  '/api/graph', '/api/actors', '/api/actors/{v}', '/api/actors/{v}/neighborhood', '/api/path', '/api/edges/{v}/{v}/{v}/claims',
  '/api/articles', '/api/articles/{v}', '/api/export', '/api/stats', '/api/health', '/api/{v}', '/{v}', '/',
];
const bodies: Array<{ type: string; body: string | Buffer; encoding?: string }> = [
  { type: 'application/json', body: '{' },
  { type: 'application/json', body: '[]' },
  { type: 'application/json', body: 'null' },
  { type: 'application/json', body: '"text"' },
  { type: 'application/json', body: '{"text": 12}' },
  { type: 'application/json', body: '{"text": "\\u0000\\u0000"}' },
  { type: 'application/json', body: '{"text": "Turkey opposes Russia.", "date": "2024-13-45"}' },
  { type: 'application/json', body: '{"text": "Turkey opposes Russia.", "url": "javascript:alert(1)"}' },
  { type: 'application/json', body: '{"query": 5}' },
  { type: 'application/json', body: '{"query": "RETURN 1", "params": [1]}' },
  { type: 'application/json', body: '{"query": "RETRUN"}' },
  { type: 'application/json', body: `{"query": "RETURN ${'['.repeat(200)}1${']'.repeat(200)}"}` },
  { type: 'application/json', body: '['.repeat(10_000) },
  { type: 'application/json; charset=latin1', body: '{"text": "x"}' },
  { type: 'application/json; charset=utf-16', body: '{"text": "x"}' },
  { type: 'application/json', body: '{"text": "x"}', encoding: 'br-unknown' },
  { type: 'application/json', body: Buffer.from('not gzip at all'), encoding: 'gzip' },
  { type: 'application/json', body: gzipSync('{"query": "RETURN 1"}').subarray(0, 12), encoding: 'gzip' },
  { type: 'application/json', body: gzipSync('{"query": "RETURN 1 AS one"}'), encoding: 'gzip' },
  { type: 'text/plain', body: 'hello' },
  { type: 'application/x-www-form-urlencoded', body: 'text=hello' },
];

function randomRequest(random: Random): { method: string; path: string; headers: Record<string, string>; body?: string | Buffer } {
  // Spaces are the one byte of these values an HTTP request line cannot carry as it is.
  const value = () => random.pick(nastyValues).replaceAll(' ', '%20');
  if (random.chance(0.35)) {
    const { type, body, encoding } = random.pick(bodies);
    const path = random.pick(['/api/articles', '/api/cypher', '/api/graph', '/api/nothing']);
    return { method: random.pick(['POST', 'POST', 'PUT', 'PATCH', 'DELETE']), path, headers: { 'content-type': type, ...(encoding && { 'content-encoding': encoding }) }, body };
  }
  const path = random.pick(pathTemplates).replace(/\{v\}/g, value);
  const query = Array.from({ length: random.int(0, 3) }, () => `${random.pick(parameterNames)}=${value()}`).join('&');
  return { method: random.pick(['GET', 'GET', 'GET', 'HEAD', 'OPTIONS']), path: query ? `${path}?${query}` : path, headers: {} };
}

test('the requests the attack found answering 500 now answer 4xx', async () => {
  const cases: Array<Parameters<typeof rawRequest>[1]> = [
    { path: '/api/actors/%ZZ' },
    { path: '/api/actors/%C3%28' },
    { path: '/%' },
    { path: '/api/articles/%E0%A4%A' },
    { path: '/api/edges/%ZZ/opposes/x/claims' },
    { method: 'POST', path: '/api/articles', headers: { 'content-type': 'application/json; charset=latin1' }, body: '{"text": "x"}' },
    { method: 'POST', path: '/api/articles', headers: { 'content-type': 'application/json', 'content-encoding': 'compress' }, body: '{"text": "x"}' },
    { method: 'POST', path: '/api/cypher', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: 'broken' },
    { path: '/api/graph?limit=0x10' },
    { path: '/api/graph?limit=1e3' },
    { path: '/api/graph?from=2024-13-45' },
    { method: 'POST', path: '/api/articles', headers: { 'content-type': 'application/json' }, body: '{"text": "\\u0000\\u0000\\u0000"}' },
    { method: 'POST', path: '/api/articles', headers: { 'content-type': 'application/json' }, body: '{"text": "Turkey opposes Russia.", "url": "data:text/html,x"}' },
  ];
  for (const request of cases) {
    const answer = await rawRequest(api.server.url, request);
    assert.ok(answer.status >= 400 && answer.status < 500, `${request.method ?? 'GET'} ${request.path}: ${answer.status} ${answer.text.slice(0, 200)}`);
    assert.equal(typeof JSON.parse(answer.text).error, 'string');
  }
});

test(`fuzz: ${requests} seeded requests over every endpoint, no 5xx`, async (t) => {
  const random = new Random(seed);
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  for (let index = 0; index < requests; index++) {
    const request = randomRequest(random);
    let answer: RawAnswer;
    try {
      answer = await rawRequest(api.server.url, request);
    } catch (error) {
      failures.push(`#${index} ${request.method} ${request.path}: ${(error as Error).message}`);
      continue;
    }
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
    if (answer.status >= 500) failures.push(`#${index} ${request.method} ${request.path.slice(0, 120)}: ${answer.status} ${answer.text.slice(0, 200)}`);
  }
  t.diagnostic(`statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
  assert.deepEqual(failures, []);
});
