import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApi, type Api } from './api-support.ts';

/**
 * Insights on a hand-built graph whose answers are known (tests/fixtures/insights/two-camps.jsonl):
 * - camp West (France, Germany, Italy) supports itself, camp East (Russia, Iran, Syria) too, and four oppositions
 *   run between them; Turkey supports France and Russia, which oppose each other: the one unbalanced triangle of five;
 * - Germany supports Italy in January (Wire A) and March (Wire B), then opposes it in June (Wire C): a contested
 *   pair, a flip at 2024-06, and the only edge reported by two outlets.
 */

let api: Api;
before(async () => {
  api = await openApi({}, ['tests/fixtures/insights/two-camps.jsonl']);
});
after(() => api.close());

const west = ['france', 'germany', 'italy'];
const east = ['iran', 'russia', 'syria'];

test('every edge carries its outlets and whether its pair is contested', async () => {
  const { status, body } = await api.get('/api/graph');
  assert.equal(status, 200);
  assert.equal(body.edges.length, 13);
  const edge = (id: string) => body.edges.find((candidate: any) => candidate.id === id);
  assert.deepEqual([edge('germany|supports|italy').outlets, edge('germany|supports|italy').contested], [2, true]);
  assert.deepEqual([edge('germany|opposes|italy').outlets, edge('germany|opposes|italy').contested], [1, true]);
  assert.deepEqual([edge('france|supports|germany').outlets, edge('france|supports|germany').contested], [1, false]);
  assert.equal(body.edges.filter((candidate: any) => candidate.contested).length, 2);
});

test('the contested and outlet filters keep only the edges that pass them; a window decides what is contested', async () => {
  const contested = await api.get('/api/graph?contested=true');
  assert.deepEqual(contested.body.edges.map((edge: any) => edge.id).sort(), ['germany|opposes|italy', 'germany|supports|italy']);
  assert.deepEqual(contested.body.nodes.map((node: any) => node.id).sort(), ['germany', 'italy']);

  const twoOutlets = await api.get('/api/graph?minOutlets=2');
  assert.deepEqual(twoOutlets.body.edges.map((edge: any) => edge.id), ['germany|supports|italy']);

  // From June on, only the opposition remains: not contested in that window.
  const june = await api.get('/api/graph?from=2024-06');
  assert.deepEqual(june.body.edges.map((edge: any) => [edge.id, edge.contested, edge.outlets]), [['germany|opposes|italy', false, 1]]);
  assert.equal((await api.get('/api/graph?from=2024-06&contested=true')).body.edges.length, 0);

  for (const bad of ['contested=yes', 'minOutlets=0', 'minOutlets=x']) assert.equal((await api.get(`/api/graph?${bad}`)).status, 400, bad);
});

test('balance: five triangles, four balanced; the unbalanced one is Turkey between France and Russia', async () => {
  const { status, body } = await api.get('/api/insights/balance');
  assert.equal(status, 200);
  assert.deepEqual(
    { triangles: body.triangles, balanced: body.balanced, ratio: body.ratio },
    { triangles: 5, balanced: 4, ratio: 0.8 },
  );
  assert.deepEqual(body.unbalanced, [{ actors: ['france', 'russia', 'turkey'], signs: [-1, 1, 1], claims: 3 }]);
  // Without supports every side is negative: three negative sides are unbalanced.
  const opposesOnly = await api.get('/api/insights/balance?types=opposes');
  assert.deepEqual([opposesOnly.body.triangles, opposesOnly.body.balanced], [0, 0]);
  assert.equal(opposesOnly.body.ratio, null);
  assert.equal((await api.get('/api/insights/balance?limit=0')).status, 400);
});

test('blocs: the two camps, with Turkey frustrating one tie of twelve', async () => {
  const { status, body } = await api.get('/api/insights/blocs');
  assert.equal(status, 200);
  const bloc = (id: string) => body.membership[id];
  for (const camp of [west, east]) assert.equal(new Set(camp.map(bloc)).size, 1, `${camp} in one bloc`);
  assert.notEqual(bloc('france'), bloc('russia'));
  assert.ok([bloc('france'), bloc('russia')].includes(bloc('turkey')));
  assert.deepEqual(body.blocs.map((entry: any) => entry.actors.length).sort(), [3, 4]);
  assert.deepEqual(
    { ties: body.agreement.ties, agreeing: body.agreement.agreeing, share: body.agreement.share },
    { ties: 12, agreeing: 11, share: 11 / 12 },
  );
  assert.equal(typeof body.unsigned.communities, 'number');
  assert.equal(body.unsigned.agreement.ties, 12);
});

test('flips: Germany turned on Italy in June, with the last support before and the first opposition after', async () => {
  const { status, body } = await api.get('/api/insights/flips');
  assert.equal(status, 200);
  assert.equal(body.total, 1);
  const [flip] = body.flips;
  assert.deepEqual([flip.actors, flip.from, flip.to, flip.at], [['germany', 'italy'], 'supports', 'opposes', '2024-06']);
  assert.deepEqual([flip.before.sentence, flip.before.date, flip.before.article.source], ['Germany supports Italy.', '2024-03-05', 'Wire B']);
  assert.deepEqual([flip.after.sentence, flip.after.date, flip.after.type], ['Germany condemned Italy.', '2024-06-20', 'opposes']);
  // Before June there was nothing to flip from.
  assert.equal((await api.get('/api/insights/flips?to=2024-05')).body.total, 0);
});

test('centrality: degree, weighted degree and PageRank of the view', async () => {
  const { body } = await api.get('/api/insights/centrality');
  const row = (id: string) => body.actors.find((actor: any) => actor.id === id);
  assert.equal(body.actors.length, 7);
  assert.deepEqual([row('france').degree, row('france').weightedDegree], [5, 5]);
  assert.deepEqual([row('germany').degree, row('germany').weightedDegree], [3, 5]);
  assert.deepEqual([row('turkey').degree, row('turkey').weightedDegree], [2, 2]);
  const total = body.actors.reduce((sum: number, actor: any) => sum + actor.pagerank, 0);
  assert.ok(Math.abs(total - 1) < 1e-6, 'PageRank sums to 1');
});

test("a pair's claims per month and type", async () => {
  const { body } = await api.get('/api/insights/timeline?a=italy&b=germany');
  assert.deepEqual(body.months, [
    { month: '2024-01', supports: 1, opposes: 0, negotiates: 0 },
    { month: '2024-03', supports: 1, opposes: 0, negotiates: 0 },
    { month: '2024-06', supports: 0, opposes: 1, negotiates: 0 },
  ]);
  assert.equal((await api.get('/api/insights/timeline?a=italy&b=italy')).status, 400);
  assert.equal((await api.get('/api/insights/timeline?a=italy')).status, 400);
});

test("a relation's evidence carries the drawn edge's outlets and contested flag, and each claim its article's source", async () => {
  const stored = await api.get('/api/edges/germany/supports/italy/claims');
  assert.deepEqual([stored.body.edge.outlets, stored.body.edge.contested], [2, true]);
  assert.deepEqual(stored.body.claims.map((claim: any) => claim.article.source), ['Wire A', 'Wire B']);
  const windowed = await api.get('/api/edges/germany/supports/italy/claims?from=2024-03');
  assert.deepEqual([windowed.body.edge.outlets, windowed.body.edge.contested], [1, true]);
  const beforeJune = await api.get('/api/edges/germany/supports/italy/claims?to=2024-05');
  assert.deepEqual([beforeJune.body.edge.outlets, beforeJune.body.edge.contested], [2, false]);
});
