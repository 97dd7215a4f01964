import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { inlineExtractor } from '../../server/import/extractors.ts';
import { importArticles } from '../../server/import/importer.ts';
import { importPaths, resetDatabase } from '../support/import.ts';
import { viewMismatches } from '../support/views.ts';
import { openApi, type Api } from './api-support.ts';

/** Curation: every kind of correction, its undo, export/import, and corrections kept across re-imports and re-extractions. */

const url = 'https://example.test/curation';
const first = {
  url,
  title: 'Curation test',
  date: '2025-04-01',
  text: [
    'Turkey opposes the Kurdish forces in northern Syria, officials in Ankara said on Sunday.',
    'Russia and Turkey held talks in Moscow on a ceasefire.',
    'Iran supports Hezbollah, the group said.',
    'Qatar hosted envoys from Turkey and Iran on Monday.',
  ].join(' '),
};

let api: Api;
let articleId: string;
/** The whole graph once the test article is imported, before any correction. */
let baseline: string[];
before(async () => {
  api = await openApi();
  const { status, body } = await api.post('/api/articles', first);
  assert.equal(status, 201);
  articleId = body.article.id;
  baseline = await edges();
});
after(() => api.close());

interface Claim {
  id: string;
  type: string;
  start: number;
  end: number;
  sentence: string;
  status: string | null;
  source: { id: string };
  target: { id: string };
}

/** Every edge of the whole graph as `id weight first..last`, sorted: equal lists mean equal graphs. */
async function edges(): Promise<string[]> {
  const { body } = await api.get('/api/graph?limit=5000&maxEdges=100000');
  return body.edges.map((edge: any) => `${edge.id} ${edge.weight} ${edge.articles} ${edge.first_seen}..${edge.last_seen}`).sort();
}

async function weight(edgeId: string): Promise<number> {
  const line = (await edges()).find((edge) => edge.startsWith(`${edgeId} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

/** The claims of the test article (rejected ones too). */
async function articleClaims(id: string): Promise<Claim[]> {
  const { status, body } = await api.get(`/api/articles/${id}`);
  assert.equal(status, 200);
  return body.claims;
}

async function assertConsistent(): Promise<void> {
  assert.deepEqual(await api.db.read('checks/edge-recount'), [], 'every edge (and its month buckets) equals a recount of its claims');
  assert.deepEqual(await viewMismatches(api.db, api.get), [], 'windows and roll-ups summed from the buckets equal a recount of the claims');
}

function edgeIdOf(claim: { type: string; source: { id: string }; target: { id: string } }): string {
  const [s, t] = claim.type === 'negotiates' && claim.target.id < claim.source.id ? [claim.target.id, claim.source.id] : [claim.source.id, claim.target.id];
  return `${s}|${claim.type}|${t}`;
}

async function revert(id: string): Promise<void> {
  const { status, body } = await api.post(`/api/corrections/${id}/revert`, {});
  assert.equal(status, 200, JSON.stringify(body));
  assert.ok(body.correction.reverted);
}

test('merge: claims, mentions and aliases move, edges are recounted, the old id resolves; undo restores the graph', async () => {
  const { body: graph } = await api.get('/api/graph?limit=5000');
  const [hub, other] = graph.nodes as { id: string; name: string }[];
  const hubDetails = (await api.get(`/api/actors/${hub!.id}`)).body;
  const { status, body } = await api.post(`/api/actors/${hub!.id}/merge`, { into: other!.id, note: 'same actor' });
  assert.equal(status, 201, JSON.stringify(body));
  assert.equal(body.correction.action, 'merge-actors');
  assert.equal(body.correction.note, 'same actor');

  const merged = await api.get(`/api/actors/${hub!.id}`);
  assert.equal(merged.status, 200);
  assert.equal(merged.body.actor.id, other!.id);
  assert.equal(merged.body.mergedFrom, hub!.id);
  assert.ok(merged.body.actor.aliases.includes(hub!.name), 'the merged name becomes an alias');
  const after = await edges();
  assert.ok(!after.some((line) => line.split(' ')[0]!.split('|').includes(hub!.id)), 'no edge keeps the merged id');
  assert.ok(merged.body.articles.length >= hubDetails.articles.length, 'mentions moved');
  await assertConsistent();

  await revert(body.correction.id);
  assert.deepEqual(await edges(), baseline);
  const restored = (await api.get(`/api/actors/${hub!.id}`)).body;
  assert.equal(restored.mergedFrom, undefined);
  assert.deepEqual(restored.articles, hubDetails.articles, 'mentions went back with their counts');
  assert.ok(!(await api.get(`/api/actors/${other!.id}`)).body.actor.aliases.includes(hub!.name));
  await assertConsistent();
});

test('edit an actor: name, kind, aliases and affiliation; undo puts them back', async () => {
  const before = (await api.get('/api/actors/hezbollah')).body;
  const { status, body } = await api.patch('/api/actors/hezbollah', { name: 'Hizbullah', kind: 'organization', aliases: ['Party of God'], affiliation: 'iran' });
  assert.equal(status, 201, JSON.stringify(body));
  const edited = (await api.get('/api/actors/hezbollah')).body;
  assert.equal(edited.actor.name, 'Hizbullah');
  assert.equal(edited.actor.kind, 'organization');
  assert.deepEqual(edited.actor.aliases, ['Party of God']);
  assert.equal(edited.affiliation.id, 'iran');
  assert.equal((await api.get('/api/actors?q=hizbullah')).body.actors[0]?.id, 'hezbollah', 'search finds the new name');

  await revert(body.correction.id);
  assert.deepEqual((await api.get('/api/actors/hezbollah')).body, before);
});

test('an affiliation edit moves a person in the rolled-up view at once; undo moves it back', async () => {
  const rolledUp = async () => (await api.get('/api/graph?rollup=true&limit=5000&maxEdges=100000')).body.edges.map((edge: any) => `${edge.id} ${edge.claims}`).sort();
  const before = await rolledUp();
  assert.equal((await api.get('/api/actors/recep-tayyip-erdogan')).body.affiliation.id, 'turkey');
  const { status, body } = await api.patch('/api/actors/recep-tayyip-erdogan', { affiliation: 'qatar' });
  assert.equal(status, 201, JSON.stringify(body));
  const after = await rolledUp();
  assert.notDeepEqual(after, before);
  assert.ok(after.some((line: string) => line.startsWith('qatar|')), 'the person’s claims count for its new side');
  await assertConsistent();
  await revert(body.correction.id);
  assert.deepEqual(await rolledUp(), before);
  await assertConsistent();
});

test('not an actor: its claims leave the graph and come back on undo', async () => {
  const { status, body } = await api.post('/api/actors/qatar/not-an-actor', {});
  assert.equal(status, 201, JSON.stringify(body));
  assert.equal((await api.get('/api/actors/qatar')).status, 404);
  assert.ok(!(await edges()).some((line) => line.includes('qatar')));
  await assertConsistent();
  await revert(body.correction.id);
  assert.deepEqual(await edges(), baseline);
  assert.equal((await api.get('/api/actors/qatar')).status, 200);
});

test('reject and restore a claim; each can be undone; the article shows the rejected claim', async () => {
  const claim = (await articleClaims(articleId)).find((c) => c.source.id === 'iran' && c.target.id === 'hezbollah')!;
  assert.ok(claim, 'the article has "Iran supports Hezbollah"');
  const edge = edgeIdOf(claim);
  const before = await weight(edge);

  const rejected = await api.post(`/api/claims/${claim.id}/reject`, { note: 'a quote' });
  assert.equal(rejected.status, 201);
  assert.equal(await weight(edge), before - 1);
  assert.equal((await articleClaims(articleId)).find((c) => c.id === claim.id)?.status, 'rejected');
  assert.equal((await api.post(`/api/claims/${claim.id}/reject`, {})).status, 409, 'a rejected claim cannot be rejected again');
  await assertConsistent();

  const restored = await api.post(`/api/claims/${claim.id}/restore`, {});
  assert.equal(restored.status, 201);
  assert.equal(await weight(edge), before);
  assert.equal((await articleClaims(articleId)).find((c) => c.id === claim.id)?.status, null);

  await revert(restored.body.correction.id);
  assert.equal(await weight(edge), before - 1, 'undoing the restore rejects it again');
  await revert(rejected.body.correction.id);
  assert.deepEqual(await edges(), baseline);
});

test('fix a claim: its type, its direction, an end; undo puts it back', async () => {
  const claim = (await articleClaims(articleId)).find((c) => c.source.id === 'turkey' && c.type === 'opposes')!;
  assert.ok(claim);
  const { status, body } = await api.patch(`/api/claims/${claim.id}`, { type: 'supports', source: claim.target.id, target: claim.source.id });
  assert.equal(status, 201, JSON.stringify(body));
  const fixed = (await articleClaims(articleId)).find((c) => c.id === claim.id)!;
  assert.equal(fixed.type, 'supports');
  assert.equal(fixed.source.id, claim.target.id);
  assert.equal(fixed.status, 'edited');
  const edgeClaims = (await api.get(`/api/edges/${claim.target.id}/supports/${claim.source.id}/claims`)).body.claims;
  assert.ok(edgeClaims.some((c: Claim) => c.id === claim.id && c.status === 'edited'), 'the evidence panel shows the fixed claim with its status');
  await assertConsistent();
  await revert(body.correction.id);
  assert.deepEqual(await edges(), baseline);
  assert.equal((await articleClaims(articleId)).find((c) => c.id === claim.id)?.status, null);
});

test('add a claim from a selected sentence; undo removes it', async () => {
  const text = first.text;
  const sentence = 'Qatar hosted envoys from Turkey and Iran on Monday.';
  const start = text.indexOf(sentence);
  const { status, body } = await api.post('/api/claims', { article: articleId, start, end: start + sentence.length, source: 'qatar', type: 'supports', target: 'iran' });
  assert.equal(status, 201, JSON.stringify(body));
  const added = (await articleClaims(articleId)).find((c) => c.status === 'added')!;
  assert.equal(added.sentence, sentence);
  assert.equal(edgeIdOf(added), 'qatar|supports|iran');
  assert.ok((await weight('qatar|supports|iran')) >= 1);
  await assertConsistent();
  await revert(body.correction.id);
  assert.deepEqual(await edges(), baseline);
});

test('bad corrections are 4xx and change nothing', async () => {
  const claim = (await articleClaims(articleId))[0]!;
  const cases: [Promise<{ status: number; body: any }>, number][] = [
    [api.post('/api/actors/atlantis/merge', { into: 'iran' }), 404],
    [api.post('/api/actors/iran/merge', { into: 'iran' }), 400],
    [api.post('/api/actors/iran/merge', {}), 400],
    [api.patch('/api/actors/iran', {}), 400],
    [api.patch('/api/actors/iran', { kind: 'planet' }), 400],
    [api.patch('/api/actors/iran', { affiliation: 'atlantis' }), 404],
    [api.post('/api/claims/nope/reject', {}), 404],
    [api.post(`/api/claims/${claim.id}/restore`, {}), 409],
    [api.patch(`/api/claims/${claim.id}`, { type: 'hates' }), 400],
    [api.patch(`/api/claims/${claim.id}`, { source: claim.target.id }), 400],
    [api.post('/api/claims', { article: articleId, start: 5, end: 2, source: 'iran', type: 'supports', target: 'qatar' }), 400],
    [api.post('/api/claims', { article: articleId, start: 0, end: 10 ** 6, source: 'iran', type: 'supports', target: 'qatar' }), 400],
    [api.post('/api/claims', { article: 'nope', start: 0, end: 5, source: 'iran', type: 'supports', target: 'qatar' }), 404],
    [api.post('/api/claims', { article: articleId, start: 0, end: 5, source: 'iran', type: 'supports', target: 'atlantis' }), 404],
    [api.post('/api/corrections/nope/revert', {}), 404],
    [api.post('/api/corrections/import', { format: 'something else', corrections: [] }), 400],
  ];
  for (const [request, expected] of cases) {
    const { status, body } = await request;
    assert.equal(status, expected, JSON.stringify(body));
    assert.ok(body.error);
  }
  assert.deepEqual(await edges(), baseline);
  const { body } = await api.get('/api/corrections');
  assert.ok(body.corrections.every((c: { reverted: string | null }) => c.reverted), 'no failed correction was recorded');
});

test('an undone correction cannot be undone twice; the list says when, what and the note', async () => {
  const claim = (await articleClaims(articleId)).find((c) => c.source.id === 'iran')!;
  const { body } = await api.post(`/api/claims/${claim.id}/reject`, { note: 'misread' });
  const listed = (await api.get('/api/corrections')).body.corrections[0];
  assert.equal(listed.id, body.correction.id, 'newest first');
  assert.equal(listed.note, 'misread');
  assert.match(listed.summary, /^Rejected "Iran supports Hezbollah"/);
  assert.ok(Date.parse(listed.at) > 0);
  await revert(listed.id);
  assert.equal((await api.post(`/api/corrections/${listed.id}/revert`, {})).status, 409);
});

/** Makes one correction of each kind that the next tests keep across imports; returns the claims it touched. */
async function correctSeveral() {
  const claims = await articleClaims(articleId);
  const iran = claims.find((c) => c.source.id === 'iran')!;
  const talks = claims.find((c) => c.type === 'negotiates' && c.sentence.startsWith('Russia'))!;
  assert.equal((await api.post(`/api/claims/${iran.id}/reject`, {})).status, 201);
  assert.equal((await api.patch(`/api/claims/${talks.id}`, { type: 'opposes' })).status, 201);
  const sentence = 'Qatar hosted envoys from Turkey and Iran on Monday.';
  const start = first.text.indexOf(sentence);
  assert.equal((await api.post('/api/claims', { article: articleId, start, end: start + sentence.length, source: 'qatar', type: 'supports', target: 'iran' })).status, 201);
  assert.equal((await api.post('/api/actors/hezbollah/merge', { into: 'iran' })).status, 201);
  return { iran, talks };
}

test('export, then import into an emptied database holding the same articles: the same graph', async () => {
  await correctSeveral();
  const corrected = await edges();
  const exported = await fetch(`${api.server.url}/api/corrections/export`);
  assert.match(exported.headers.get('content-disposition') ?? '', /attachment; filename="?corrections-.*\.json/);
  const file = await exported.json();
  assert.equal(file.corrections.length, 4);

  await resetDatabase(api.db);
  await importPaths(api.db, 'seeds');
  assert.equal((await api.post('/api/articles', first)).status, 201);
  assert.deepEqual(await edges(), baseline);
  const imported = await api.post('/api/corrections/import', file);
  assert.equal(imported.status, 200, JSON.stringify(imported.body));
  assert.deepEqual(imported.body, { applied: 4, skipped: 0, unfit: [] });
  assert.deepEqual(await edges(), corrected);
  assert.deepEqual((await api.post('/api/corrections/import', file)).body, { applied: 0, skipped: 4, unfit: [] }, 'importing twice changes nothing');
  await assertConsistent();
});

test('a changed article: the corrections that still fit are applied again, the others reported and kept', async () => {
  const corrected = await edges();
  // Same URL, new text: the Iran sentence stays (its offsets move), the Qatar sentence (of the added claim) is gone.
  const changed = { ...first, text: `Updated on Tuesday. ${first.text.replace('Qatar hosted envoys from Turkey and Iran on Monday.', 'Iran criticised Turkey.')}` };
  const { status, body } = await api.post('/api/articles', changed);
  assert.equal(status, 201);
  assert.equal(body.article.status, 'changed');
  assert.deepEqual(body.unfitCorrections.map((c: { action: string }) => c.action), ['add-claim']);

  const claims = await articleClaims(articleId);
  assert.equal(claims.find((c) => c.source.id === 'iran')?.status, 'rejected', 'the rejection is applied to the new claim');
  assert.equal(claims.find((c) => c.sentence.startsWith('Russia'))?.type, 'opposes', 'the fix is applied again');
  assert.ok(!claims.some((c) => c.status === 'added'));
  assert.equal((await api.get('/api/actors/hezbollah')).body.mergedFrom, 'hezbollah', 'the merge holds: the re-created actor is merged again');
  assert.ok(!(await edges()).some((line) => line.includes('hezbollah')));
  const listed = (await api.get('/api/corrections')).body.corrections;
  assert.deepEqual(listed.filter((c: { fits: boolean }) => !c.fits).map((c: { action: string }) => c.action), ['add-claim']);
  await assertConsistent();

  // The old text again: the added claim fits again.
  assert.equal((await api.post('/api/articles', first)).body.unfitCorrections.length, 0);
  assert.deepEqual(await edges(), corrected);
  await assertConsistent();
});

test('a re-extraction whose output differs (an extractor upgrade) keeps what still fits and reports the rest', async () => {
  const corrected = await edges();
  const upgraded = inlineExtractor();
  // The "upgrade" no longer finds the Iran relation.
  const extractor = {
    ...upgraded,
    extract: async (articles: Parameters<typeof upgraded.extract>[0]) =>
      (await upgraded.extract(articles)).map((result) =>
        'extraction' in result ? { extraction: { ...result.extraction, relations: result.extraction.relations.filter((r) => r.source !== 'Iran') } } : result,
      ),
  };
  const reported: string[] = [];
  const outcomes = await importArticles(api.db, [{ ...first, file: null, source: null }], {
    reextract: true,
    extractor,
    onUnfitCorrections: (unfit) => reported.push(...unfit.map((c) => c.action)),
  });
  assert.equal(outcomes[0]!.status, 'changed');
  assert.deepEqual(reported, ['reject-claim']);
  const claims = await articleClaims(articleId);
  assert.equal(claims.find((c) => c.sentence.startsWith('Russia'))?.type, 'opposes');
  assert.ok(claims.some((c) => c.status === 'added'));
  assert.deepEqual(await edges(), corrected, 'the rejected claim is not extracted any more, so the graph is as corrected');
  await assertConsistent();
});
