import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { nameSimilarity } from '../../server/curation/duplicates.ts';
import { openApi, type Api } from './api-support.ts';

/** Suggestions: likely duplicate actors, and the review queue of low-confidence claims. */

let api: Api;
before(async () => {
  api = await openApi();
});
after(() => api.close());

test('names: near spellings and one name inside the other are alike; different actors are not', () => {
  assert.ok(nameSimilarity('Mohamed Shia', 'Mohammed Shia al-Sudani') >= 0.85);
  assert.ok(nameSimilarity('Hezbollah', 'Hizbollah') >= 0.85);
  assert.ok(nameSimilarity('Iran', 'Iraq') < 0.8);
  assert.ok(nameSimilarity('United States', 'United Kingdom') < 0.8);
  assert.ok(nameSimilarity('Turkish government', 'the government') < 0.8, 'one shared word is not enough');
});

test('GET /api/suggestions/duplicates offers similar actors, the less mentioned to merge into the other', async () => {
  const { status, body } = await api.get('/api/suggestions/duplicates?limit=50');
  assert.equal(status, 200);
  for (const pair of body.duplicates) {
    assert.ok(pair.score >= 0.8);
    assert.notEqual(pair.actors[0].id, pair.actors[1].id);
    assert.ok(pair.actors[0].mentions <= pair.actors[1].mentions);
  }
  // A second spelling of Hezbollah, made by renaming another armed group, is offered with Hezbollah.
  const other = (await api.get('/api/graph?kinds=armed_group&limit=50')).body.nodes.find((actor: any) => actor.id !== 'hezbollah');
  assert.equal((await api.patch(`/api/actors/${other.id}`, { name: 'Hizbollah', aliases: [] })).status, 201);
  const after = (await api.get('/api/suggestions/duplicates?limit=50')).body.duplicates;
  const offered = after.find((pair: any) => pair.actors.map((actor: any) => actor.id).sort().join(' ') === [other.id, 'hezbollah'].sort().join(' '));
  assert.ok(offered, JSON.stringify(after.slice(0, 5)));
  assert.ok(offered.names.includes('Hizbollah'), 'the names that matched are given');
  assert.equal(offered.sameKind, true);
  assert.equal((await api.get('/api/suggestions/duplicates?limit=0')).status, 400);
});

test('GET /api/review lists low-confidence claims, those that alone carry their edge first; approving or rejecting takes a claim off', async () => {
  const { status, body } = await api.get('/api/review?limit=500&maxConfidence=0.9');
  assert.equal(status, 200);
  assert.ok(body.claims.length > 0);
  const weights = body.claims.map((claim: any) => claim.edgeWeight);
  assert.deepEqual(weights, [...weights].sort((a, b) => a - b), 'claims that change the graph most come first');
  assert.ok(body.claims.every((claim: any) => claim.confidence < 0.9));

  const [first, second] = body.claims;
  assert.equal((await api.post(`/api/claims/${first.id}/approve`, {})).status, 201);
  assert.equal((await api.post(`/api/claims/${second.id}/reject`, {})).status, 201);
  const after = (await api.get('/api/review?limit=500&maxConfidence=0.9')).body.claims.map((claim: any) => claim.id);
  assert.ok(!after.includes(first.id) && !after.includes(second.id));
  assert.equal(after.length, body.claims.length - 2);
  assert.equal((await api.get('/api/review?maxConfidence=2')).status, 400);
});
