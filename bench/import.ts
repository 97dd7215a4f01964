/**
 * `npm run bench:import [-- --articles N]`: generates a corpus, imports it into a throw-away Neo4j
 * (or NEO4J_URI), re-imports it unchanged, and writes the same claims with a bare UNWIND … CREATE
 * to see how close our writes come to the database's own limit.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../server/config.ts';
import { extractArticle } from '../server/extract/index.ts';
import { articleId, articleMeta, sha256 } from '../server/import/article-input.ts';
import { importArticles, type ImportProgress } from '../server/import/importer.ts';
import { planBatch } from '../server/import/plan.ts';
import { readSources } from '../server/import/sources.ts';
import { benchDatabase, peakRssMb } from './support.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, batch: { type: 'string', default: '200' } } });
const articleCount = Number(values.articles);
const batchSize = Number(values.batch);

const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
const generated = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/corpus.ts', '--articles', String(articleCount), '--out', corpus, '--seed', '1'], {
  cwd: projectRoot,
  stdio: 'inherit',
});
if (generated.status !== 0) process.exit(1);

const bench = await benchDatabase();
const { db } = bench;
try {
  await db.writeAutoCommit('admin/delete-all');
  const seconds = (from: number) => (performance.now() - from) / 1000;

  const began = performance.now();
  const sources = readSources([corpus]);
  let last: ImportProgress = { done: 0, total: 0, claims: 0, writeMs: 0 };
  await importArticles(db, sources.articles, { batchSize, onProgress: (progress) => (last = progress) });
  const importSeconds = seconds(began);

  const reimportBegan = performance.now();
  await importArticles(db, readSources([corpus]).articles, { batchSize });
  const reimportSeconds = seconds(reimportBegan);

  let bareMs = 0;
  for (let start = 0; start < sources.articles.length; start += batchSize) {
    const batch = sources.articles.slice(start, start + batchSize).map((input) => ({
      id: articleId(input),
      sha256: sha256(input.text),
      input,
      extraction: extractArticle(input.text, articleMeta(input)),
    }));
    const rows = planBatch(batch, new Date().toISOString()).claims;
    const writeBegan = performance.now();
    await db.write('bench/bare-create-claims', { rows });
    bareMs += performance.now() - writeBegan;
  }
  await db.writeAutoCommit('bench/delete-bare-claims');

  const [totals] = await db.read('import/graph-counts');
  console.log(`\nimport of ${articleCount} articles (batches of ${batchSize}), extraction included`);
  console.log(`  import:            ${importSeconds.toFixed(1)} s  (${(articleCount / importSeconds).toFixed(0)} articles/s, ${(last.claims / importSeconds).toFixed(0)} claims/s)`);
  console.log(`  re-import:         ${reimportSeconds.toFixed(1)} s  (unchanged corpus)`);
  console.log(`  database writes:   ${(last.writeMs / 1000).toFixed(1)} s of the import; bare UNWIND…CREATE of the same ${last.claims} claims: ${(bareMs / 1000).toFixed(1)} s; ratio ${(last.writeMs / bareMs).toFixed(2)}`);
  console.log(`  peak RSS (Node):   ${peakRssMb().toFixed(0)} MB`);
  console.log(`  graph:             ${JSON.stringify(totals)}`);
} finally {
  await bench.close();
  fs.rmSync(corpus, { recursive: true, force: true });
}
