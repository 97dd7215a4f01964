import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function runExtract(files: string[]) {
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/extract.ts', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 60_000 });
  return { ...run, seconds: (Date.now() - started) / 1000 };
}

test('bad inputs fail one by one with a clear error; good files still come out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  const file = (name: string, content: string | Buffer) => {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  };
  const good = file('good.txt', 'Russia launched a new offensive against Ukraine on Monday.');
  const empty = file('empty.txt', '  \n');
  const binary = file('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a]));
  const latin1 = file('latin1.txt', Buffer.from([0x54, 0xfc, 0x72, 0x6b, 0x69, 0x79, 0x65]));
  const huge = file('huge.txt', Buffer.alloc(20 * 1024 * 1024, 'a'));
  const oneLine = file('line.txt', 'Turkey backed the rebels while Russia attacked Ukraine and '.repeat(1700));
  const missing = join(dir, 'missing.txt');

  const run = runExtract([good, empty, binary, latin1, huge, oneLine, missing]);
  assert.equal(run.status, 1, run.stderr);
  assert.ok(run.seconds < 45, `took ${run.seconds}s`);
  const { articles } = JSON.parse(run.stdout) as { articles: Array<{ file: string; error?: string; relations?: Array<{ source: string; target: string }> }> };
  const byFile = new Map(articles.map((a) => [a.file, a]));
  assert.match(byFile.get('empty.txt')?.error ?? '', /empty/);
  assert.match(byFile.get('binary.bin')?.error ?? '', /binary/);
  assert.match(byFile.get('latin1.txt')?.error ?? '', /UTF-8/);
  assert.match(byFile.get('huge.txt')?.error ?? '', /too large/);
  assert.match(byFile.get('missing.txt')?.error ?? '', /not found/);
  assert.ok(byFile.get('good.txt')?.relations?.some((r) => r.source === 'Russia' && r.target === 'Ukraine'));
  assert.ok(byFile.get('line.txt')?.relations, 'a 100 KB line is processed');
  for (const name of ['empty.txt', 'binary.bin', 'latin1.txt', 'huge.txt', 'missing.txt']) assert.match(run.stderr, new RegExp(name.replace('.', '\\.')));
});

test('manifest.json beside the files supplies title and date', () => {
  const run = runExtract(['seeds/001_51955d239165b8f9.txt']);
  assert.equal(run.status, 0, run.stderr);
  const [article] = JSON.parse(run.stdout).articles;
  assert.equal(article.file, '001_51955d239165b8f9.txt');
  assert.equal(article.date, '2024-12-13');
  assert.ok(article.relations.every((r: { evidence: Array<{ date: string }> }) => r.evidence.every((e) => e.date === '2024-12-13')));
});
