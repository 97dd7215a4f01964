import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { projectRoot } from '../../server/config.ts';
import { ImportInterrupted, importArticles } from '../../server/import/importer.ts';
import { runImport } from '../../server/import/run.ts';
import { readSources } from '../../server/import/sources.ts';
import { connectionFromConfig, Db } from '../../server/neo4j/client.ts';
import { localServer, startLocalNeo4j, stopLocalNeo4j } from '../../server/neo4j/local-server.ts';
import { testConfig } from '../support/db.ts';
import { graphFingerprint, importPaths, importSession, resetDatabase } from '../support/import.ts';

const seeds = path.join(projectRoot, 'seeds');
const { db, scratch } = importSession('import-test');

async function edge(source: string, relType: string, target: string) {
  const [row] = await db.read('checks/edge-evidence', { source, relType, target });
  return row as { weight: number; articles: number; first_seen: string | null; sentences: string[] } | undefined;
}

async function recountMismatches() {
  return db.read('checks/edge-recount');
}

function importCli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/import.ts', ...args], { cwd: projectRoot, encoding: 'utf8', env: process.env });
}

test('the seeds give Turkey opposes ISIS with its evidence sentences, and Turkey-backed rebels', async () => {
  const { summary } = await importPaths(db, seeds);
  assert.deepEqual(summary.articles, { new: 5, changed: 0, unchanged: 0, failed: 0 });

  const opposes = await edge('turkey', 'OPPOSES', 'isis');
  assert.ok(opposes, 'Turkey -[:OPPOSES]-> ISIS exists');
  assert.ok(opposes.weight >= 2, `weight ${opposes.weight}`);
  assert.equal(opposes.sentences.length, opposes.weight);
  assert.ok(opposes.sentences.some((sentence) => /fight against ISIS/.test(sentence)));
  assert.ok(await edge('turkey', 'SUPPORTS', 'syrian-rebels'));
  assert.ok(await edge('united-states', 'SUPPORTS', 'sdf'));
});

test('re-importing the same files changes no count', async () => {
  await importPaths(db, seeds);
  const before = await graphFingerprint(db);
  const { summary } = await importPaths(db, seeds);
  assert.deepEqual(summary.articles, { new: 0, changed: 0, unchanged: 5, failed: 0 });
  assert.deepEqual(await graphFingerprint(db), before);
});

test('a changed article replaces its claims and the aggregates follow', async () => {
  const folder = path.join(scratch, 'changed');
  fs.mkdirSync(folder, { recursive: true });
  const file = path.join(folder, 'story.txt');
  fs.writeFileSync(file, 'Russia launched airstrikes on Ukraine on Monday.\nRussia and Ukraine held talks in Istanbul.\n');
  await importPaths(db, folder);
  assert.equal((await edge('russia', 'OPPOSES', 'ukraine'))?.weight, 1);

  fs.writeFileSync(file, 'Russia and Ukraine held talks in Istanbul.\nThe United States backed Ukraine with new weapons.\n');
  const { summary } = await importPaths(db, folder);
  assert.deepEqual(summary.articles, { new: 0, changed: 1, unchanged: 0, failed: 0 });
  assert.equal(await edge('russia', 'OPPOSES', 'ukraine'), undefined, 'the removed claim took its edge with it');
  assert.equal((await edge('united-states', 'SUPPORTS', 'ukraine'))?.weight, 1);
  assert.deepEqual(await recountMismatches(), []);
});

test('a failing file is named with its reason and the good ones still import; the CLI exits 1', async () => {
  const folder = path.join(scratch, 'mixed');
  fs.mkdirSync(folder, { recursive: true });
  fs.copyFileSync(path.join(seeds, '000_b9dd4de51d4dfa93.txt'), path.join(folder, 'good.txt'));
  fs.writeFileSync(path.join(folder, 'empty.txt'), '   \n');
  fs.writeFileSync(path.join(folder, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
  fs.writeFileSync(path.join(folder, 'latin1.txt'), Buffer.from('Caf\xe9 talks', 'latin1'));
  fs.writeFileSync(path.join(folder, 'feed.jsonl'), '{"title":"Talks","text":"Armenia and Azerbaijan held talks in Washington."}\n{not json}\n{"title":"no text"}\n');

  const result = importCli(folder);
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /failed: empty\.txt: .*empty/);
  assert.match(result.stdout, /failed: binary\.txt: binary file/);
  assert.match(result.stdout, /failed: latin1\.txt: not valid UTF-8/);
  assert.match(result.stdout, /failed: feed\.jsonl#2: line 2 is not valid JSON/);
  assert.match(result.stdout, /failed: feed\.jsonl#3: text: /);
  assert.match(result.stdout, /articles: 2 new, 0 changed, 0 unchanged, 5 failed/);
  assert.ok(await edge('armenia', 'NEGOTIATES', 'azerbaijan'));
});

test('a file deleted or rewritten while an import runs fails alone, named with its reason; the rest imports', async () => {
  const folder = path.join(scratch, 'changing');
  fs.mkdirSync(folder, { recursive: true });
  const names = fs.readdirSync(seeds).filter((name) => name.endsWith('.txt'));
  for (const name of names) fs.copyFileSync(path.join(seeds, name), path.join(folder, name));
  const sources = readSources([folder]);
  assert.equal(sources.articles.length, 5);
  const [deleted, rewritten] = names.slice(-2).map((name) => path.join(folder, name));

  // One article a batch, and a batch is read while the one before it is written: once the first is written, the last two are still unread.
  const { summary } = await runImport(db, sources, {
    batchSize: 1,
    onProgress: ({ done }) => {
      if (done !== 1) return;
      fs.rmSync(deleted!);
      fs.writeFileSync(rewritten!, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    },
  });
  assert.deepEqual(summary.articles, { new: 3, changed: 0, unchanged: 0, failed: 2 });
  assert.deepEqual(
    summary.failures.map(({ file, reason }) => `${file}: ${reason}`),
    [`${path.basename(deleted!)}: could not be read: ENOENT: no such file or directory, stat '${deleted}'`, `${path.basename(rewritten!)}: could not be read: binary file (it contains NUL bytes), not text`],
  );
  assert.equal(summary.totals.articles, 3, 'the three articles read are stored');
  assert.deepEqual(await recountMismatches(), []);
});

test('every aggregated weight equals its recount from the claims', async () => {
  await importPaths(db, seeds);
  assert.deepEqual(await recountMismatches(), []);
});

test('a kill -9 mid-import, then a re-run, gives the same graph as a clean import', async () => {
  const corpus = path.join(scratch, 'corpus');
  const generated = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/corpus.ts', '--articles', '400', '--out', corpus, '--seed', '7'], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  assert.equal(generated.status, 0, generated.stderr);

  assert.equal(importCli(corpus, '--batch', '20').status, 0);
  const clean = await graphFingerprint(db);
  await resetDatabase(db);

  // Batches of 20 from IMPORT_BATCH_SIZE: with the default (1,000) the 400 articles would be one transaction, never cut.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/import.ts', corpus], { cwd: projectRoot, env: { ...process.env, IMPORT_BATCH_SIZE: '20' }, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  for (;;) {
    const [{ nodes }] = (await db.read('admin/count-nodes')) as [{ nodes: number }];
    if (nodes > 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  await exited;
  assert.notDeepEqual(await graphFingerprint(db), clean, 'the import was cut before its end');
  assert.deepEqual(await recountMismatches(), [], 'the committed batches are whole');

  const rerun = importCli(corpus, '--batch', '20');
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.deepEqual(await graphFingerprint(db), clean);
});

test('when Neo4j goes away, the import retries, then stops naming what was written; a re-run completes it', async () => {
  const config = testConfig();
  const articles = readSources([seeds]).articles;
  await importArticles(db, articles.slice(0, 2));
  assert.equal(await stopLocalNeo4j(config), true);

  const impatient = new Db(connectionFromConfig(config, localServer(config).uri), { retryTimeMs: 500 });
  const began = Date.now();
  await assert.rejects(importArticles(impatient, articles, { batchSize: 2, retryDelaysMs: [200, 400] }), (error: Error) => {
    assert.ok(error instanceof ImportInterrupted, String(error));
    assert.equal(error.message.split(' (')[0], 'Neo4j became unreachable: 0 article(s) were imported, 5 were not');
    return true;
  });
  assert.ok(Date.now() - began >= 600, 'it waited between attempts');
  await impatient.close();

  await startLocalNeo4j(config, () => undefined);
  const { summary } = await importPaths(db, seeds);
  assert.deepEqual(summary.articles, { new: 3, changed: 0, unchanged: 2, failed: 0 });
  assert.deepEqual(await recountMismatches(), []);
});
