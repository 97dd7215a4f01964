import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openApi, type Api } from './api-support.ts';

/** POST /api/articles: one article through the importer, as the CLI imports files. */

let api: Api;
before(async () => {
  api = await openApi();
});
after(() => api.close());

const article = {
  title: 'Ankara and Moscow talk',
  date: '2025-03-02',
  source: 'Test Wire',
  text: 'Turkey opposes the Kurdish forces in northern Syria, officials in Ankara said on Sunday. Russia and Turkey held talks in Moscow on a ceasefire.',
};

/** The sum of the weights of the edges of an overview or neighbourhood: the claims behind it. */
async function claimsShown(path: string): Promise<number> {
  const { body } = await api.get(path);
  return body.edges.reduce((sum: number, edge: { weight: number }) => sum + edge.weight, 0);
}

test('a new article is imported: 201, its id, and what was extracted; it is then in the graph', async () => {
  const overview = '/api/graph?limit=5000';
  const neighbourhood = '/api/actors/turkey/neighborhood?depth=1&limit=1000';
  const [claimsBefore, turkeyBefore] = [await claimsShown(overview), await claimsShown(neighbourhood)];
  const { status, body } = await api.post('/api/articles', article);
  assert.equal(status, 201);
  assert.equal(body.article.status, 'new');
  assert.ok(body.extraction.actors.some((actor: any) => actor.name === 'Turkey'));
  assert.ok(body.extraction.relations.length > 0);

  const { status: found, body: stored } = await api.get(`/api/articles/${body.article.id}`);
  assert.equal(found, 200);
  assert.equal(stored.article.title, article.title);
  assert.equal(stored.article.source, article.source);
  const evidence = body.extraction.relations.flatMap((relation: any) => relation.evidence);
  assert.equal(stored.claims.length, evidence.length);
  assert.equal(await claimsShown(overview), claimsBefore + evidence.length, 'the overview counts the new claims at once');
  assert.ok((await claimsShown(neighbourhood)) > turkeyBefore, "Turkey's neighbourhood shows its new claims at once");
});

test('posting the same article again changes nothing', async () => {
  const before = (await api.get('/api/stats')).body;
  const { status, body } = await api.post('/api/articles', article);
  assert.equal(status, 200);
  assert.equal(body.article.status, 'unchanged');
  assert.equal(body.extraction, null);
  assert.deepEqual((await api.get('/api/stats')).body.labels, before.labels);
});

test('a bad article is a 400 naming the field; an oversized body is a 413', async () => {
  assert.equal((await api.post('/api/articles', { title: 'no text' })).body.field, 'text');
  assert.equal((await api.post('/api/articles', { text: '   ' })).body.field, 'text');
  assert.equal((await api.post('/api/articles', { text: 'x', date: 'March 2025' })).body.field, 'date');
  assert.equal((await api.post('/api/articles', { text: 'x', url: 'not a url' })).body.field, 'url');
  const huge = await api.post('/api/articles', { text: 'Turkey opposes Russia. '.repeat(200_000) });
  assert.equal(huge.status, 413);
});
