import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { projectRoot } from '../../server/config.ts';
import { openApi, type Api } from './api-support.ts';

/** POST /api/cypher: read-only by construction, with a timeout, a row cap and Neo4j's errors as 400s. */

let api: Api;
before(async () => {
  api = await openApi({ CYPHER_TIMEOUT_MS: '5000', CYPHER_ROW_LIMIT: '50' });
});
after(() => api.close());

const run = (query: string, params?: Record<string, unknown>) => api.post('/api/cypher', { query, params });

async function nodeCount(): Promise<number> {
  const { records } = await api.db.driver.executeQuery('MATCH (n) RETURN count(n) AS count');
  return records[0]!.get('count');
}

test('rows come back as JSON: integers, floats, strings, lists, maps, temporal values and points', async () => {
  const { status, body } = await run(
    `RETURN 42 AS int, 9007199254740993 AS big, 1.5 AS float, 'x' AS text, [1, 'a'] AS list, {a: {b: 2}} AS map,
            date('2024-12-13') AS date, datetime('2024-12-13T10:00:00Z') AS datetime, duration('P1DT2H') AS duration,
            point({x: 1, y: 2}) AS point, null AS nothing`,
  );
  assert.equal(status, 200);
  assert.deepEqual(body.columns, ['int', 'big', 'float', 'text', 'list', 'map', 'date', 'datetime', 'duration', 'point', 'nothing']);
  const [row] = body.rows;
  assert.equal(row.int, 42);
  assert.equal(row.big, '9007199254740993', 'integers beyond 2^53 come back as exact strings');
  assert.equal(row.float, 1.5);
  assert.deepEqual(row.list, [1, 'a']);
  assert.deepEqual(row.map, { a: { b: 2 } });
  assert.equal(row.date, '2024-12-13');
  assert.equal(row.datetime, '2024-12-13T10:00:00Z');
  assert.equal(row.duration, 'P1DT2H');
  assert.deepEqual(row.point, { srid: 7203, x: 1, y: 2 });
  assert.equal(row.nothing, null);
  assert.equal(body.truncated, false);
  assert.equal(typeof body.elapsedMs, 'number');
});

test('nodes, relationships and paths come back as JSON and as the graph for the view', async () => {
  const { status, body } = await run(
    `MATCH p = (a:Actor {id: 'turkey'})-[r:OPPOSES]->(b:Actor) RETURN p, a, r, b.name AS name ORDER BY name`,
  );
  assert.equal(status, 200);
  const [row] = body.rows;
  assert.deepEqual(row.a.labels, ['Actor']);
  assert.equal(row.a.properties.id, 'turkey');
  assert.equal(row.r.type, 'OPPOSES');
  assert.equal(row.r.start, row.a.elementId);
  assert.equal(row.p.nodes.length, 2);
  assert.equal(row.p.relationships[0].elementId, row.r.elementId);

  const ids = body.graph.nodes.map((node: any) => node.id).sort();
  assert.deepEqual(ids, ['turkey', ...body.rows.map((row: any) => row.p.nodes[1].properties.id)].sort());
  const turkey = body.graph.nodes.find((node: any) => node.id === 'turkey');
  assert.equal(turkey.name, 'Turkey');
  assert.equal(turkey.kind, 'state');
  assert.equal(body.graph.edges.length, body.rows.length);
  for (const edge of body.graph.edges) {
    assert.equal(edge.source, 'turkey');
    assert.equal(edge.type, 'opposes');
    assert.equal(edge.id, `turkey|opposes|${edge.target}`);
    assert.equal(typeof edge.weight, 'number');
  }
});

test('parameters are passed, whole numbers as integers (LIMIT $n works)', async () => {
  const { status, body } = await run('MATCH (a:Actor) WHERE a.kind = $kind RETURN a.id AS id ORDER BY id LIMIT $n', { kind: 'state', n: 2 });
  assert.equal(status, 200);
  assert.equal(body.rows.length, 2);
  const missing = await run('RETURN $nothing');
  assert.equal(missing.status, 400);
  assert.equal(missing.body.code, 'Neo.ClientError.Statement.ParameterMissing');
});

test('a write is refused by the database and changes nothing', async () => {
  const before = await nodeCount();
  for (const query of [
    "CREATE (:Actor {id: 'intruder', name: 'Intruder'})",
    'MATCH (n) DETACH DELETE n',
    "MATCH (a:Actor {id: 'turkey'}) SET a.name = 'x'",
    "MERGE (a:Actor {id: 'intruder'}) RETURN a",
  ]) {
    const { status, body } = await run(query);
    assert.equal(status, 400, query);
    assert.equal(body.code, 'Neo.ClientError.Statement.AccessMode', query);
  }
  assert.equal(await nodeCount(), before);
  const { records } = await api.db.driver.executeQuery("MATCH (a:Actor {id: 'turkey'}) RETURN a.name AS name");
  assert.equal(records[0]!.get('name'), 'Turkey');
});

test('administrative procedures, LOAD CSV and TERMINATE TRANSACTIONS are refused before they run', async () => {
  for (const query of [
    'CALL dbms.components()',
    'CALL `dbms`.`listConfig`() YIELD name RETURN name',
    "MATCH (n) CALL { CALL db.createLabel('X') } RETURN n",
    'CALL db.clearQueryCaches()',
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
  ]) {
    const { status, body } = await run(query);
    assert.equal(status, 400, query);
    assert.equal(body.code, 'Explorer.Refused', query);
    assert.match(body.error, /refused/);
  }
  const allowed = await run('CALL db.labels() YIELD label RETURN label ORDER BY label');
  assert.equal(allowed.status, 200);
  assert.ok(allowed.body.rows.some((row: any) => row.label === 'Actor'));
});

test('a query that runs too long is stopped by the transaction timeout', async () => {
  const began = Date.now();
  const { status, body } = await run('MATCH (a), (b), (c), (d), (e) WHERE a.id < b.id RETURN count(*)');
  assert.equal(status, 504);
  assert.equal(body.code, 'Explorer.Timeout');
  assert.match(body.error, /5000 ms/);
  assert.ok(Date.now() - began < 10_000, 'stopped near the timeout, not at the end of the work');
});

test('rows beyond CYPHER_ROW_LIMIT are cut and flagged', async () => {
  const { status, body } = await run('UNWIND range(1, 1000000) AS x RETURN x');
  assert.equal(status, 200);
  assert.equal(body.rows.length, 50);
  assert.equal(body.truncated, true);
  assert.deepEqual(body.rows.at(-1), { x: 50 });
  const { body: exact } = await run('UNWIND range(1, 50) AS x RETURN x');
  assert.equal(exact.truncated, false);
});

test('a syntax error is a 400 with Neo4j’s message and the position in the user’s text', async () => {
  const { status, body } = await run('MATCH (a:Actor)\nRETRUN a');
  assert.equal(status, 400);
  assert.equal(body.code, 'Neo.ClientError.Statement.SyntaxError');
  assert.deepEqual(body.position, { line: 2, column: 1, offset: 16 });
  assert.match(body.error, /RETRUN/);
  assert.match(body.error, /line 2, column 1/);

  const first = await run('MATCH (a RETURN a');
  assert.deepEqual(first.body.position, { line: 1, column: 10, offset: 9 });
  const profiled = await run('PROFILE MATCH (a RETURN a');
  assert.deepEqual(profiled.body.position, { line: 1, column: 18, offset: 17 });
  const explained = await run('EXPLAIN MATCH (a:Actor) RETURN a');
  assert.equal(explained.status, 200);
  assert.deepEqual(explained.body.rows, []);
});

test('the request body is validated', async () => {
  assert.equal((await api.post('/api/cypher', {})).body.field, 'query');
  assert.equal((await api.post('/api/cypher', { query: '   ' })).body.field, 'query');
  assert.equal((await api.post('/api/cypher', { query: 'RETURN 1', params: [1] })).body.field, 'params');
  const broken = await api.post('/api/cypher', '{"query": ');
  assert.equal(broken.status, 400);
  assert.match(broken.body.error, /not valid JSON/);
  const huge = await api.post('/api/cypher', { query: `RETURN '${'x'.repeat(3_000_000)}'` });
  assert.equal(huge.status, 413);
});

test('every example query in cypher/examples runs in the console and has its comment line', async () => {
  const folder = path.join(projectRoot, 'cypher', 'examples');
  const files = fs.readdirSync(folder).filter((name) => name.endsWith('.cypher'));
  assert.ok(files.length >= 5);
  for (const file of files) {
    const query = fs.readFileSync(path.join(folder, file), 'utf8');
    assert.match(query, /^\/\/ \S/, file);
    const { status, body } = await run(query);
    assert.equal(status, 200, `${file}: ${body.error}`);
    assert.ok(body.rows.length > 0, file);
  }
});
