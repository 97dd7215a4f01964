import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ArticleExtraction } from '../../server/extract/schema.ts';
import { articleId } from '../../server/import/article-input.ts';
import { edgeEnds, planBatch, type ExtractedArticle } from '../../server/import/plan.ts';

function article(file: string, date: string | null, extraction: Partial<ArticleExtraction>): ExtractedArticle {
  const input = { file, text: `text of ${file}`, date };
  return {
    id: articleId(input),
    sha256: 'hash',
    input,
    extraction: { file, title: null, date, actors: [], relations: [], ...extraction },
  };
}

const evidence = (start: number, date: string | null) => ({ sentence: 's', start, end: start + 1, cue: 'c', confidence: 0.8, date });
const actor = (name: string, kind: 'state' | 'person' = 'state', affiliation: string | null = null) => ({
  id: name.toLowerCase(),
  name,
  kind,
  affiliation,
  aliases: [name],
  mentions: 2,
});

test('negotiates is stored once per pair, from the smaller id to the larger', () => {
  assert.deepEqual(edgeEnds('negotiates', 'turkey', 'russia'), ['russia', 'turkey']);
  assert.deepEqual(edgeEnds('negotiates', 'russia', 'turkey'), ['russia', 'turkey']);
  assert.deepEqual(edgeEnds('opposes', 'turkey', 'russia'), ['turkey', 'russia']);
});

test('edge deltas count claims, distinct articles and the date span across a batch', () => {
  const rows = planBatch(
    [
      article('a.txt', '2023-05-01', {
        actors: [actor('Russia'), actor('Ukraine')],
        relations: [{ source: 'Russia', type: 'opposes', target: 'Ukraine', confidence: 0.8, evidence: [evidence(0, '2023-05-01'), evidence(10, '2023-05-01')] }],
      }),
      article('b.txt', '2022-02', {
        actors: [actor('Russia'), actor('Ukraine')],
        relations: [
          { source: 'Russia', type: 'opposes', target: 'Ukraine', confidence: 0.8, evidence: [evidence(0, null)] },
          { source: 'Ukraine', type: 'negotiates', target: 'Russia', confidence: 0.7, evidence: [evidence(5, null)] },
        ],
      }),
    ],
    '2026-01-01T00:00:00Z',
  );
  assert.equal(rows.claims.length, 4);
  const opposes = rows.deltas.find((delta) => delta.type === 'opposes')!;
  assert.deepEqual(
    { source: opposes.source, target: opposes.target, claims: opposes.claims, articles: opposes.articles, first: opposes.first, last: opposes.last },
    { source: 'russia', target: 'ukraine', claims: 3, articles: 2, first: '2022-02', last: '2023-05-01' },
  );
  const negotiates = rows.deltas.find((delta) => delta.type === 'negotiates')!;
  assert.deepEqual([negotiates.source, negotiates.target, negotiates.relType], ['russia', 'ukraine', 'NEGOTIATES']);
});

test('edge deltas carry month buckets: claims, distinct articles, first and last date and outlets per month; undated in their own', () => {
  const dated = (file: string, date: string | null, starts: number[], claimDate: string | null = date) => ({
    ...article(file, date, {
      actors: [actor('Russia'), actor('Ukraine')],
      relations: [{ source: 'Russia', type: 'opposes' as const, target: 'Ukraine', confidence: 0.8, evidence: starts.map((start) => evidence(start, claimDate)) }],
    }),
  });
  const withSource = (extracted: ExtractedArticle, source: string | null) => ({ ...extracted, input: { ...extracted.input, source } });
  const rows = planBatch(
    [
      withSource(dated('a.txt', '2023-05-20', [0, 10]), 'Wire'),
      withSource(dated('b.txt', '2023-05-02', [0]), 'Herald'),
      withSource(dated('c.txt', '2023', [0]), null),
      withSource(dated('d.txt', null, [0]), 'Wire'),
    ],
    '2026-01-01T00:00:00Z',
  );
  assert.deepEqual(rows.deltas[0]!.outlets.sort(), ['', 'Herald', 'Wire'], 'the edge’s distinct outlets');
  const bucket = (month: string, claims: number, articles: number, first: string, last: string, outlets: string[]) =>
    ({ key: `russia|opposes|ukraine@${month}`, month, source: 'russia', target: 'ukraine', type: 'opposes', claims, articles, first, last, outlets });
  assert.deepEqual(
    [...rows.buckets].sort((a, b) => (a.month < b.month ? -1 : 1)),
    [bucket('', 1, 1, '', '', ['Wire']), bucket('2023', 1, 1, '2023', '2023', ['']), bucket('2023-05', 3, 2, '2023-05-02', '2023-05-20', ['Wire', 'Herald'])],
  );
});

test('persons bring their affiliation; the same evidence twice is one claim', () => {
  const rows = planBatch(
    [
      article('c.txt', null, {
        actors: [actor('Antony Blinken', 'person', 'United States'), actor('Turkey')],
        relations: [{ source: 'Antony Blinken', type: 'negotiates', target: 'Turkey', confidence: 0.8, evidence: [evidence(3, null), evidence(3, null)] }],
      }),
    ],
    '2026-01-01T00:00:00Z',
  );
  assert.deepEqual(rows.affiliations, [{ person: 'antony-blinken', actor: 'united-states', name: 'United States' }]);
  assert.equal(rows.claims.length, 1);
  assert.equal(rows.mentions.length, 2);
});

test('an article keeps its id when its text changes, and one posted text has one id', () => {
  assert.equal(articleId({ file: 'a.txt', text: 'one' }), articleId({ file: 'a.txt', text: 'two' }));
  assert.notEqual(articleId({ file: null, text: 'one' }), articleId({ file: null, text: 'two' }));
  assert.equal(articleId({ file: null, text: 'one' }), articleId({ file: null, text: 'one' }));
  assert.equal(articleId({ file: 'a.txt', url: 'https://example.org/x', text: 'one' }), articleId({ file: 'b.txt', url: 'https://example.org/x', text: 'one' }));
});
