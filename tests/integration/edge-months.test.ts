import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { viewMismatches } from '../support/views.ts';
import { openApi, type Api } from './api-support.ts';

/**
 * The month buckets of the aggregated edges: after an import, a re-import of a changed article and the one-time fill
 * of a graph imported before they existed, they equal a recount of the claims, and so do the windows and roll-ups
 * summed from them. (curation.test.ts checks the same after every kind of correction and its undo.)
 */

const article = {
  url: 'https://example.test/edge-months',
  title: 'Edge months test',
  date: '2024-03-20',
  text: [
    'Turkey opposes the Kurdish forces in northern Syria, officials in Ankara said on Sunday.',
    'Iran supports Hezbollah, the group said.',
    'Russia and Turkey held talks in Moscow on a ceasefire.',
  ].join(' '),
};

let api: Api;
before(async () => {
  api = await openApi();
});
after(() => api.close());

async function assertBucketsEqualClaims(): Promise<void> {
  assert.deepEqual(await api.db.read('checks/edge-recount'), [], 'every edge and its month buckets equal a recount of its claims');
  assert.deepEqual(await viewMismatches(api.db, api.get), [], 'every window and roll-up equals a recount of the claims');
}

async function windowed(query: string): Promise<string[]> {
  const { body } = await api.get(`/api/graph?limit=5000&maxEdges=100000&${query}`);
  return body.edges.map((edge: any) => `${edge.id} ${edge.claims}`).sort();
}

test('after importing the seeds and an article, the buckets and every view equal a recount of the claims', async () => {
  assert.equal((await api.post('/api/articles', article)).status, 201);
  const [{ months }] = (await api.db.driver.executeQuery(`MATCH (b:EdgeMonth {type: 'opposes'}) RETURN collect(DISTINCT b.month) AS months`)).records.map((r) => r.toObject());
  assert.ok(months.includes('2024-03'), `buckets: ${months}`);
  assert.ok((await windowed('from=2024-03-20&to=2024-03-20')).length > 0, 'a one-day window finds the article’s claims');
  await assertBucketsEqualClaims();
});

test('a changed article: its old claims leave their buckets, the new ones join theirs', async () => {
  const before = await windowed('from=2024-03&to=2024-03');
  const changed = { ...article, date: '2024-05-02', text: `${article.text} Iran criticised Turkey.` };
  const { status, body } = await api.post('/api/articles', changed);
  assert.equal(status, 201);
  assert.equal(body.article.status, 'changed');
  assert.notDeepEqual(await windowed('from=2024-03&to=2024-03'), before);
  assert.ok((await windowed('from=2024-05-02&to=2024-05-02')).some((line) => line.startsWith('iran|opposes|turkey ')));
  await assertBucketsEqualClaims();
});

test('a graph imported before the buckets were nodes gets them when the schema is applied', async () => {
  const expected = await windowed('from=2024&rollup=true');
  // as an earlier version left it: buckets in list properties of the edge, no outlet names, no bucket nodes
  await api.db.driver.executeQuery(`MATCH (b:EdgeMonth) DELETE b`);
  await api.db.driver.executeQuery(`MATCH ()-[e:SUPPORTS|OPPOSES|NEGOTIATES]->() REMOVE e.outlet_names SET e.months = ['2024-03'], e.month_claims = [e.claims]`);
  await api.db.applySchema();
  const [{ missing, old }] = (
    await api.db.driver.executeQuery(`MATCH ()-[e:SUPPORTS|OPPOSES|NEGOTIATES]->() RETURN count(e.outlet_names IS NULL OR NULL) AS missing, count(e.months) AS old`)
  ).records.map((r) => r.toObject());
  assert.deepEqual([Number(missing), Number(old)], [0, 0]);
  await assertBucketsEqualClaims();
  assert.deepEqual(await windowed('from=2024&rollup=true&undated=exclude'), expected);
});
