import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../server/config.ts';
import { acquireImportLock } from '../../server/import/import-lock.ts';
import { importArticles } from '../../server/import/importer.ts';
import { readSources } from '../../server/import/sources.ts';
import { serve, type TestServer } from '../support/http.ts';
import { testConfig } from '../support/db.ts';
import { graphFingerprint, importPaths, importSession, resetDatabase } from '../support/import.ts';

/** Imports that run at once, posts that race, symbolic links, and articles of the same name in different folders. */

const seeds = path.join(projectRoot, 'seeds');
const { db, scratch } = importSession('import-safety');

async function duplicateMentions(): Promise<number> {
  const { records } = await db.driver.executeQuery('MATCH (a:Article)-[m:MENTIONS]->(b:Actor) WITH a, b, count(m) AS n WHERE n > 1 RETURN count(*) AS pairs');
  return records[0]!.get('pairs');
}

test('two imports of the same folder at once write it once: no duplicate MENTIONS, the graph of one clean import', async () => {
  await importPaths(db, seeds);
  const clean = await graphFingerprint(db);
  await resetDatabase(db);
  const results = await Promise.all([importPaths(db, seeds), importPaths(db, seeds), importPaths(db, seeds)]);
  assert.deepEqual(results.map((result) => result.summary.articles.new).sort(), [0, 0, 5]);
  assert.equal(await duplicateMentions(), 0);
  assert.deepEqual(await graphFingerprint(db), clean);
  const { records } = await db.driver.executeQuery('MATCH (l:ImportLock) RETURN count(l) AS n');
  assert.equal(records[0]!.get('n'), 0, 'the lock is released');
});

test('a lock left by a killed import does not block: a dead process on this machine at once, another machine once it expires', async () => {
  const deadPid = 2 ** 22 + 17; // above pid_max on Linux: no such process
  await db.driver.executeQuery("CREATE (:ImportLock {id: 'import', owner: $owner, expires: timestamp() + 600000})", { owner: `${os.hostname()}:${deadPid}:x` });
  const began = Date.now();
  await importPaths(db, path.join(seeds, '001_51955d239165b8f9.txt'));
  assert.ok(Date.now() - began < 20_000);
  await db.driver.executeQuery("CREATE (:ImportLock {id: 'import', owner: 'elsewhere:1:x', expires: timestamp() - 1})");
  const { summary } = await importPaths(db, seeds);
  assert.equal(summary.articles.new, 4);
  await db.driver.executeQuery("CREATE (:ImportLock {id: 'import', owner: 'elsewhere:1:x', expires: timestamp() + 600000})");
  await assert.rejects(acquireImportLock(db, { waitMs: 500 }), /another import is running \(elsewhere:1:x\)/);
});

test('ten concurrent posts of the same article: one 201, nine 200, one article', async () => {
  const config = testConfig();
  const server: TestServer = await serve(db, config);
  try {
    const body = JSON.stringify({ title: 'Race', text: 'Turkey opposes Russia over the war in Syria. Russia and Turkey held talks in Moscow.' });
    const statuses = await Promise.all(
      Array.from({ length: 10 }, () => fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then((response) => response.status)),
    );
    assert.deepEqual(statuses.sort(), [200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    const { records } = await db.driver.executeQuery("MATCH (a:Article {title: 'Race'}) RETURN count(a) AS n");
    assert.equal(records[0]!.get('n'), 1);
    assert.equal(await duplicateMentions(), 0);
  } finally {
    await server.close();
  }
});

test('symbolic links: none leads out of the folder; loops and dangling links fail alone; the rest imports', async () => {
  const folder = path.join(scratch, 'linked');
  fs.mkdirSync(path.join(folder, 'sub'), { recursive: true });
  fs.mkdirSync(path.join(scratch, 'outside'), { recursive: true });
  fs.copyFileSync(path.join(seeds, '001_51955d239165b8f9.txt'), path.join(folder, 'story.txt'));
  fs.writeFileSync(path.join(scratch, 'outside', 'secret.txt'), 'Turkey opposes Russia. A secret outside the folder.');
  fs.symlinkSync('/etc/passwd', path.join(folder, 'passwd.txt'));
  fs.symlinkSync('../outside', path.join(folder, 'away'));
  fs.symlinkSync('loop-b.txt', path.join(folder, 'loop-a.txt'));
  fs.symlinkSync('loop-a.txt', path.join(folder, 'loop-b.txt'));
  fs.symlinkSync('missing.txt', path.join(folder, 'dangling.txt'));
  fs.symlinkSync('..', path.join(folder, 'sub', 'up'));
  fs.symlinkSync('../story.txt', path.join(folder, 'sub', 'same-story.txt'));

  const sources = readSources([folder]);
  assert.deepEqual(sources.articles.map((article) => article.key), ['linked/story.txt']);
  const reasons = Object.fromEntries(sources.failures.map((failure) => [failure.file, failure.reason]));
  assert.deepEqual(Object.keys(reasons).sort(), ['linked/away', 'linked/dangling.txt', 'linked/loop-a.txt', 'linked/loop-b.txt', 'linked/passwd.txt']);
  assert.match(reasons['linked/passwd.txt']!, /leading outside linked \(\/etc\/passwd\)/);
  assert.match(reasons['linked/loop-a.txt']!, /loop/);
  assert.match(reasons['linked/dangling.txt']!, /to nothing/);

  const { summary } = await importPaths(db, folder);
  assert.equal(summary.articles.new, 1);
  assert.equal(summary.articles.failed, 5);
  const { records } = await db.driver.executeQuery("MATCH (a:Article) WHERE a.text CONTAINS 'root:' OR a.text CONTAINS 'secret' RETURN count(a) AS n");
  assert.equal(records[0]!.get('n'), 0, 'nothing from outside the folder was imported');
});

test('folders holding the same file names give different articles; each re-import changes nothing', async () => {
  for (const [name, text] of [['a', 'Turkey opposes Russia over Syria.'], ['b', 'France supports Ukraine against Russia.']] as const) {
    fs.mkdirSync(path.join(scratch, name), { recursive: true });
    fs.writeFileSync(path.join(scratch, name, 'story.txt'), text);
  }
  assert.equal((await importPaths(db, path.join(scratch, 'a'))).summary.articles.new, 1);
  assert.equal((await importPaths(db, path.join(scratch, 'b'))).summary.articles.new, 1);
  const again = await importPaths(db, path.join(scratch, 'a'), path.join(scratch, 'b'));
  assert.deepEqual(again.summary.articles, { new: 0, changed: 0, unchanged: 2, failed: 0 });
  const { records } = await db.driver.executeQuery("MATCH (a:Article {file: 'story.txt'}) RETURN count(a) AS n");
  assert.equal(records[0]!.get('n'), 2);
});

test('an article stored under its old id (from the base name alone) is recognised, not imported twice', async () => {
  const [article] = readSources([path.join(seeds, '001_51955d239165b8f9.txt')]).articles;
  await importArticles(db, [article!]); // a single file named on the command line keeps the base-name id
  const { summary } = await importPaths(db, seeds);
  assert.deepEqual(summary.articles, { new: 4, changed: 0, unchanged: 1, failed: 0 });
  const { records } = await db.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
  assert.equal(records[0]!.get('n'), 5);
});
