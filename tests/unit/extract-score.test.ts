import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle, type ArticleExtraction } from '../../server/extract/index.ts';
import { GoldFile, precisionRecallF1, score } from '../../server/extract/score.ts';
import { articleMeta } from '../../server/import/article-input.ts';
import { readSources } from '../../server/import/sources.ts';

function extraction(file: string, relations: Array<[string, 'supports' | 'opposes' | 'negotiates', string]>, persons: Record<string, string> = {}): ArticleExtraction {
  const names = new Set(relations.flatMap(([s, , t]) => [s, t]));
  return {
    file, title: null, date: null,
    actors: [...names].map((name) => ({ id: name, name, kind: persons[name] ? 'person' : 'state', affiliation: persons[name] ?? null, aliases: [], mentions: 1 })),
    relations: relations.map(([source, type, target]) => ({ source, type, target, confidence: 1, evidence: [{ sentence: 's', start: 0, end: 1, cue: 'c', confidence: 1, date: null }] })),
  };
}

/** A little under the held-out F1 reached (0.855 as written, 0.879 rolled up; 0.576 / 0.593 before any held-out fix). */
const HELDOUT_FLOOR = { asWritten: 0.83, rolledUp: 0.85 };

const GOLD = GoldFile.parse({
  articles: [{ file: 'a.txt', relations: [
    { source: ['Turkey'], type: 'negotiates', target: ['United States'] },
    { source: ['Recep Tayyip Erdoğan', 'Turkey'], type: 'opposes', target: ['Kurdish forces'] },
    { source: ['Turkey'], type: 'opposes', target: ['Kurdish forces'] },
  ] }],
  affiliations: { 'Recep Tayyip Erdoğan': 'Turkey' },
  aliases: { Turkey: ['Türkiye'], 'Kurdish forces': ['Kurdish militias'] },
});

test('negotiates matches in either direction; names match after aliases and diacritics', () => {
  const predicted = new Map([['a.txt', extraction('a.txt', [['United States', 'negotiates', 'Türkiye'], ['Recep Tayyip Erdogan', 'opposes', 'Kurdish militias']])]]);
  const { scores } = score(GOLD, predicted, 'asWritten');
  assert.deepEqual(scores.byType.negotiates, { truePositives: 1, predicted: 1, gold: 1 });
  assert.deepEqual(scores.byType.opposes, { truePositives: 1, predicted: 1, gold: 2 });
});

test('opposes is directed; each prediction matches at most one gold relation', () => {
  const predicted = new Map([['a.txt', extraction('a.txt', [['Kurdish forces', 'opposes', 'Turkey'], ['Turkey', 'opposes', 'Kurdish forces']])]]);
  const { scores, reports } = score(GOLD, predicted, 'asWritten');
  assert.deepEqual(scores.byType.opposes, { truePositives: 1, predicted: 2, gold: 2 });
  assert.equal(reports[0]!.spurious.length, 1);
});

test('rolled up: persons become their affiliation and duplicates merge', () => {
  const predicted = new Map([['a.txt', extraction('a.txt', [['Recep Tayyip Erdoğan', 'opposes', 'Kurdish forces'], ['Turkey', 'opposes', 'Kurdish forces']], { 'Recep Tayyip Erdoğan': 'Turkey' })]]);
  const { scores } = score(GOLD, predicted, 'rolledUp');
  assert.deepEqual(scores.byType.opposes, { truePositives: 1, predicted: 1, gold: 1 });
  assert.deepEqual(precisionRecallF1(scores.byType.opposes), { precision: 1, recall: 1, f1: 1 });
});

/** Overall F1 of the extractor on a gold file's articles, as written and rolled up. */
function goldF1(goldFile: string, articlesDir: string): { asWritten: number; rolledUp: number } {
  const gold = GoldFile.parse(JSON.parse(readFileSync(goldFile, 'utf8')));
  const extractions = new Map<string, ArticleExtraction>();
  for (const article of gold.articles) {
    const [input] = readSources([join(articlesDir, article.file)]).articles;
    assert.ok(input, article.file);
    extractions.set(article.file, extractArticle(input.text, articleMeta(input)));
  }
  return {
    asWritten: precisionRecallF1(score(gold, extractions, 'asWritten').scores.overall).f1,
    rolledUp: precisionRecallF1(score(gold, extractions, 'rolledUp').scores.overall).f1,
  };
}

test('the seeds stay above the bars: F1 >= 0.80 rolled up and >= 0.70 as written', () => {
  const { asWritten, rolledUp } = goldF1('tests/fixtures/gold-seeds.json', 'seeds');
  assert.ok(rolledUp >= 0.8, `rolled-up F1 ${rolledUp.toFixed(3)}`);
  assert.ok(asWritten >= 0.7, `as-written F1 ${asWritten.toFixed(3)}`);
});

test('the held-out articles (other conflicts, never tuned sentence by sentence) stay near the level reached', () => {
  const { asWritten, rolledUp } = goldF1('tests/fixtures/gold-heldout.json', 'tests/fixtures/heldout');
  assert.ok(rolledUp >= HELDOUT_FLOOR.rolledUp, `rolled-up F1 ${rolledUp.toFixed(3)}`);
  assert.ok(asWritten >= HELDOUT_FLOOR.asWritten, `as-written F1 ${asWritten.toFixed(3)}`);
});
