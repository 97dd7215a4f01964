import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticles } from '../../server/corpus/generate.ts';
import { extractArticle } from '../../server/extract/index.ts';
import { relationSet } from './extract-helpers.ts';

test('the corpus is reproducible for a seed and differs across seeds', () => {
  const first = [...generateArticles(20, 7)];
  assert.deepEqual([...generateArticles(20, 7)], first);
  assert.notDeepEqual([...generateArticles(20, 8)].map((a) => a.text), first.map((a) => a.text));
  assert.ok(first.every((a) => /^\d{4}-\d{2}-\d{2}$/.test(a.date) && a.title.length > 0));
  assert.equal(new Set(first.map((a) => a.file)).size, 20);
});

test('the extractor recovers most relations the generated articles state, and few others', () => {
  let stated = 0;
  let recovered = 0;
  let extracted = 0;
  for (const article of generateArticles(60, 3)) {
    const found = relationSet(extractArticle(article.text, { date: article.date }));
    const expected = new Set(article.relations.map((r) => (r.type === 'negotiates' ? `${[r.source, r.target].sort().join(' negotiates ')}` : `${r.source} ${r.type} ${r.target}`)));
    stated += expected.size;
    extracted += found.size;
    recovered += [...expected].filter((r) => found.has(r)).length;
  }
  assert.ok(recovered / stated > 0.75, `recall ${(recovered / stated).toFixed(2)}`);
  assert.ok(recovered / extracted > 0.75, `precision ${(recovered / extracted).toFixed(2)}`);
});

test('the corpus command writes the articles and a manifest describing each', () => {
  const out = mkdtempSync(join(tmpdir(), 'corpus-'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/corpus.ts', '--articles', '25', '--out', out, '--seed', '5'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const files = readdirSync(out).filter((f) => f.endsWith('.txt'));
  assert.equal(files.length, 25);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  for (const file of files) assert.match(manifest.articles[file].date, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(readFileSync(join(out, files[0]!), 'utf8'), [...generateArticles(25, 5)].find((a) => a.file === files[0])!.text);
});
