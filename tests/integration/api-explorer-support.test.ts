import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { importPaths } from '../support/import.ts';
import { openApi, type Api } from './api-support.ts';

/**
 * What the explorer page needs from the API on a real mix of dated and undated articles (the seeds and the wire
 * fixture): undated claims in and out of a window, claims per month, search ranked by match, paths through
 * affiliations, and negotiates addresses with their ends either way round.
 */

let api: Api;
before(async () => {
  api = await openApi();
  await importPaths(api.db, 'tests/fixtures/wire');
});
after(() => api.close());

async function cypher<T = any>(text: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await api.db.driver.executeQuery(text, params);
  return records.map((record) => record.toObject() as T);
}

test('undated claims count without a window, not in one, and either way when asked', async () => {
  const [{ undated, dated }] = await cypher(`MATCH (c:Claim) RETURN count(CASE WHEN c.date IS NULL THEN 1 END) AS undated, count(c.date) AS dated`);
  assert.ok(undated > 10 && dated > 10, `a real mix: ${undated} undated, ${dated} dated claims`);

  const all = (await api.get('/api/graph?limit=5000')).body;
  const allSum = all.edges.reduce((sum: number, edge: any) => sum + edge.weight, 0);
  assert.equal(allSum, undated + dated, 'no window: every claim counts');
  const excluded = (await api.get('/api/graph?limit=5000&undated=exclude')).body;
  assert.equal(excluded.edges.reduce((sum: number, edge: any) => sum + edge.weight, 0), dated, 'undated=exclude: the dated claims alone');

  const window = (await api.get('/api/graph?limit=5000&from=2024-01&to=2024-12')).body;
  const [{ inWindow }] = await cypher(`MATCH (c:Claim) WHERE c.date >= '2024-01' AND c.date < '2024-12~' RETURN count(c) AS inWindow`);
  assert.equal(window.edges.reduce((sum: number, edge: any) => sum + edge.weight, 0), inWindow, 'a window leaves undated claims out by default');
  const withUndated = (await api.get('/api/graph?limit=5000&from=2024-01&to=2024-12&undated=include')).body;
  assert.equal(withUndated.edges.reduce((sum: number, edge: any) => sum + edge.weight, 0), inWindow + undated, 'undated=include adds them to the window');

  // The edge claims endpoint counts a relation as the graph drew it.
  const [{ source, type, target, claims }] = await cypher(
    `MATCH (s:Actor)<-[:SOURCE]-(c:Claim)-[:TARGET]->(t:Actor) WHERE c.date IS NULL AND c.type <> 'negotiates'
     RETURN s.id AS source, c.type AS type, t.id AS target, count(c) AS claims ORDER BY claims DESC, source LIMIT 1`,
  );
  const drawn = withUndated.edges.find((edge: any) => edge.id === `${source}|${type}|${target}`);
  const evidence = (await api.get(`/api/edges/${source}/${type}/${target}/claims?from=2024-01&to=2024-12&undated=include`)).body;
  assert.equal(evidence.edge.weight, drawn.weight);
  assert.ok(evidence.claims.filter((claim: any) => claim.date === null).length >= claims);
  assert.equal((await api.get(`/api/edges/${source}/${type}/${target}/claims?undated=maybe`)).status, 400);
  assert.equal((await api.get('/api/graph?undated=sometimes')).status, 400);
});

test('GET /api/timeline counts claims per month, the undated ones, and the heaviest relation', async () => {
  const { status, body } = await api.get('/api/timeline');
  assert.equal(status, 200);
  const [{ undated, maxWeight }] = await cypher(
    `MATCH (c:Claim) WITH count(CASE WHEN c.date IS NULL THEN 1 END) AS undated
     MATCH ()-[r:SUPPORTS|OPPOSES|NEGOTIATES]->() RETURN undated, max(r.weight) AS maxWeight`,
  );
  assert.equal(body.undated, undated);
  assert.equal(body.maxWeight, maxWeight);
  const may = body.months.find((entry: any) => entry.month === '2024-05');
  const [{ inMay }] = await cypher(`MATCH (c:Claim) WHERE c.date STARTS WITH '2024-05' RETURN count(c) AS inMay`);
  assert.equal(may.claims, inMay);
  assert.deepEqual(body.months.map((entry: any) => entry.month), [...body.months.map((entry: any) => entry.month)].sort(), 'oldest first');
  const opposes = (await api.get('/api/timeline?types=opposes')).body;
  assert.ok(opposes.undated < body.undated, 'the relation types filter the counts');
  assert.equal((await api.get('/api/timeline?types=likes')).status, 400);
});

test('search ranks by how well the name matches, then by weight: "us" finds the United States first', async () => {
  const { body } = await api.get('/api/actors?q=us&limit=10');
  assert.equal(body.actors[0].id, 'united-states');
  const centcom = body.actors.findIndex((actor: any) => actor.name === 'CENTCOM');
  assert.ok(centcom === -1 || centcom > 0);
  const turk = (await api.get('/api/actors?q=turk&limit=5')).body;
  assert.equal(turk.actors[0].id, 'turkey', 'a prefix of an alias, the most relations');
  const fidan = (await api.get('/api/actors?q=fidan&limit=5')).body;
  assert.equal(fidan.actors[0].id, 'hakan-fidan', 'a word inside the name');
});

test('with roll-up a path may step from a person to its state', async () => {
  const plain = (await api.get('/api/path?from=hakan-fidan&to=israel')).body;
  const rolled = (await api.get('/api/path?from=hakan-fidan&to=israel&rollup=true')).body;
  assert.ok(rolled.paths.length > 0, 'connected through Turkey');
  const steps = rolled.paths[0].edges;
  assert.ok(steps.some((edge: any) => edge.type === 'affiliation' && edge.source === 'hakan-fidan' && edge.target === 'turkey'), JSON.stringify(steps));
  assert.ok(plain.paths.every((path: any) => path.edges.length >= steps.length), 'roll-up never makes a path longer');
  assert.ok(plain.paths.every((path: any) => path.edges.every((edge: any) => edge.type !== 'affiliation')), 'without roll-up, relations only');
});

test('a negotiates address with its ends swapped names the same relation', async () => {
  const [{ source, target }] = await cypher(`MATCH (s:Actor)-[:NEGOTIATES]->(t:Actor) RETURN s.id AS source, t.id AS target ORDER BY s.id LIMIT 1`);
  const stored = await api.get(`/api/edges/${source}/negotiates/${target}/claims`);
  const swapped = await api.get(`/api/edges/${target}/negotiates/${source}/claims`);
  assert.equal(stored.status, 200);
  assert.equal(swapped.status, 200);
  assert.deepEqual(swapped.body, stored.body);
  const [opposes] = await cypher(`MATCH (s:Actor)-[:OPPOSES]->(t:Actor) WHERE NOT (t)-[:OPPOSES]->(s) RETURN s.id AS source, t.id AS target LIMIT 1`);
  assert.equal((await api.get(`/api/edges/${opposes.target}/opposes/${opposes.source}/claims`)).status, 404, 'a directed relation keeps its direction');
});
