/**
 * `npm run bench:import [-- --articles N --batch B --skip-bare]`: generates a corpus, imports it into a
 * throw-away Neo4j (or NEO4J_URI), re-imports it unchanged, times the API's first requests on the imported
 * graph and measures the store on disk; then, on a second throw-away Neo4j, writes it again with the
 * extraction done beforehand, and the same claims with a bare UNWIND … CREATE, to see how close our writes
 * come to the database's own limit.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, projectRoot } from '../server/config.ts';
import { articleId, articleMeta, type ArticleInput } from '../server/import/article-input.ts';
import { extractSafely, type ArticleToExtract } from '../server/import/extract-safely.ts';
import type { Extractor } from '../server/import/extractors.ts';
import { defaultBatchSize, importArticles, type ImportProgress } from '../server/import/importer.ts';
import { readSources } from '../server/import/sources.ts';
import type { Db } from '../server/neo4j/client.ts';
import { firstRequestFigures } from './first-requests.ts';
import { benchDatabase, peakRssMb, timed, type BenchDatabase } from './support.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, batch: { type: 'string' }, 'skip-bare': { type: 'boolean' } } });
const articleCount = Number(values.articles);
const batchSize = values.batch ? Number(values.batch) : (loadConfig().IMPORT_BATCH_SIZE ?? defaultBatchSize);
/**
 * Other articles imported and deleted before the measurements: a freshly started Neo4j compiles its
 * code paths during the first thousands of writes (about 3× slower on this machine), which a running
 * server has done long ago. Their import time is printed as the cold figure.
 */
const warmUpArticles = 2000;

/**
 * An extractor that has extracted every article beforehand, so that an import with it measures the writes
 * alone: during a real import the next batch is extracted while one is written, and on two cores that
 * extraction slows Neo4j's writes by up to 2 ×, where the bare write runs alone.
 */
function extractedBefore(articles: ArticleInput[]): Extractor {
  const key = ({ text, meta }: ArticleToExtract) => `${JSON.stringify(meta)}\n${text}`;
  const done = new Map(articles.map((article) => {
    const toExtract = { text: article.text, meta: articleMeta(article) };
    return [key(toExtract), extractSafely(toExtract)];
  }));
  return { extract: async (batch) => batch.map((article) => done.get(key(article))!), close: async () => undefined };
}

/** Neo4j's CPU time spent in `work` (null without /proc or with NEO4J_URI), and how long it took. */
async function measured(bench: BenchDatabase, work: () => Promise<unknown>): Promise<{ ms: number; cpuMs: number | null }> {
  const cpuBefore = bench.serverCpuMs();
  const ms = await timed(work);
  const cpuAfter = bench.serverCpuMs();
  return { ms, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

const sum = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

/** A generated corpus of `count` articles in a new temporary folder. */
function generateCorpus(count: number, seed: number): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
  const generated = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/corpus.ts', '--articles', String(count), '--out', folder, '--seed', String(seed)], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  if (generated.status !== 0) process.exit(1);
  return folder;
}

const loadAverage = () => os.loadavg().map((load) => Number(load.toFixed(2)));
const loadBefore = loadAverage();
const corpus = generateCorpus(articleCount, 1);
const warmUpCorpus = generateCorpus(warmUpArticles, 2);

// A page cache that holds the whole store (about 18 MB per 1,000 articles, 1 GB per 40,000 here), so that 100,000 articles are not read back from disk;
// a heap with room for the state of a transaction of 1,000 articles without long garbage collections.
const memory = { NEO4J_HEAP: '2g', NEO4J_PAGECACHE: `${Math.ceil(articleCount / 40_000)}g` };
const seconds = (ms: number) => ms / 1000;

/** Imports other articles into the cold server and deletes them: its time in ms. */
async function warmUp(db: Db): Promise<number> {
  await db.writeAutoCommit('admin/delete-all');
  const ms = await timed(() => importArticles(db, readSources([warmUpCorpus]).articles, { batchSize }));
  await db.writeAutoCommit('admin/delete-all');
  return ms;
}

/**
 * The import's writes on their own (every article extracted beforehand) and the bare write of the same
 * claims, batch by batch in turn, so that both meet the same graph and the same moment of this VM, whose
 * speed drifts by up to 2 × within minutes. Our side's CPU time includes each batch's lock and look-ups. On a
 * second throw-away server: writing everything again on the first would leave freed records in the store
 * that is measured there.
 */
async function writeComparison(articles: ArticleInput[]) {
  const extractor = extractedBefore(articles);
  const bench = await benchDatabase(memory);
  const writes = { writeMs: 0, claims: 0, statementMs: {} as Record<string, number>, cpuMs: 0 as number | null };
  const bare = { ms: 0, cpuMs: 0 as number | null };
  try {
    await warmUp(bench.db);
    for (let start = 0; start < articles.length; start += batchSize) {
      const batch = articles.slice(start, start + batchSize);
      let progress: ImportProgress | undefined;
      const ours = await measured(bench, () => importArticles(bench.db, batch, { batchSize, extractor, onProgress: (done) => (progress = done) }));
      writes.writeMs += progress!.writeMs;
      writes.claims += progress!.claims;
      writes.cpuMs = sum(writes.cpuMs, ours.cpuMs);
      for (const [name, ms] of Object.entries(progress!.statementMs)) writes.statementMs[name] = (writes.statementMs[name] ?? 0) + ms;
      const rows = await bench.db.read('bench/claim-rows', { ids: batch.map(articleId) });
      const baseline = await measured(bench, () => bench.db.write('bench/bare-create-claims', { rows }));
      bare.ms += baseline.ms;
      bare.cpuMs = sum(bare.cpuMs, baseline.cpuMs);
      await bench.db.writeAutoCommit('bench/delete-bare-claims');
    }
    return { writes, bare };
  } finally {
    await bench.close();
  }
}

const articles = readSources([corpus]).articles;
const bench = await benchDatabase(memory);
let closed = false;
try {
  const warmUpMs = await warmUp(bench.db);
  console.log(`warm-up: ${warmUpArticles} other articles imported into the cold server in ${seconds(warmUpMs).toFixed(1)} s, then deleted (not measured)`);
  let imported: ImportProgress = { done: 0, total: 0, claims: 0, writeMs: 0, statementMs: {} };
  const importMs = await timed(() => importArticles(bench.db, articles, { batchSize, onProgress: (progress) => (imported = progress) }));
  const peakRss = peakRssMb();
  console.log(`imported ${articleCount} articles in ${seconds(importMs).toFixed(1)} s (${imported.claims} claims, writes ${seconds(imported.writeMs).toFixed(1)} s)`);
  const reimportMs = await timed(() => importArticles(bench.db, articles, { batchSize }));
  const [totals] = await bench.db.read('import/graph-counts');
  const api = await firstRequestFigures(bench.db);
  const { storeBytes } = await bench.close();
  closed = true;
  // --skip-bare: neither the second write nor the bare write, which at 100,000 articles take a while.
  const comparison = values['skip-bare'] ? null : await writeComparison(articles);
  const last = comparison?.writes ?? imported;
  const bare = comparison?.bare ?? null;
  const importCpuMs = comparison?.writes.cpuMs ?? null;

  const loadAfter = loadAverage();
  const figures = {
    name: 'import',
    articles: articleCount,
    batch: batchSize,
    claims: last.claims,
    import_s: Number(seconds(importMs).toFixed(1)),
    articles_per_s: Math.round(articleCount / seconds(importMs)),
    claims_per_s: Math.round(last.claims / seconds(importMs)),
    ms_per_article: Number((importMs / articleCount).toFixed(2)),
    reimport_s: Number(seconds(reimportMs).toFixed(1)),
    cold_ms_per_article: Number((warmUpMs / warmUpArticles).toFixed(2)),
    // The writes during the import, beside the extraction of the next batch, and on their own (null with --skip-bare).
    pipelined_write_s: Number(seconds(imported.writeMs).toFixed(1)),
    write_s: bare && Number(seconds(last.writeMs).toFixed(1)),
    bare_write_s: bare && Number(seconds(bare.ms).toFixed(1)),
    write_ratio: bare && Number((last.writeMs / bare.ms).toFixed(2)),
    // Neo4j's own CPU time for the writes on their own against the bare write's: what the machine's load does not sway.
    write_cpu_ratio: importCpuMs === null || bare?.cpuMs == null ? null : Number((importCpuMs / bare.cpuMs).toFixed(2)),
    peak_rss_mb: Math.round(peakRss),
    store_mb: storeBytes === null ? null : Number((storeBytes / 1e6).toFixed(1)),
    ...api,
    load_before: loadBefore,
    load_after: loadAfter,
  };
  const committing = last.writeMs - Object.values(last.statementMs).reduce((sum, ms) => sum + ms, 0);
  console.log(`\nimport of ${articleCount} articles (batches of ${batchSize}), extraction included`);
  console.log(`  import:            ${figures.import_s} s  (${figures.articles_per_s} articles/s, ${figures.claims_per_s} claims/s, ${figures.ms_per_article} ms per article)`);
  console.log(`  re-import:         ${figures.reimport_s} s  (unchanged corpus)`);
  console.log(`  database writes:   ${figures.pipelined_write_s} s of the import, beside the extraction of the next batch`);
  if (bare) {
    console.log(`                     ${figures.write_s} s on their own; bare UNWIND…CREATE of the same ${last.claims} claims with their relationships: ${figures.bare_write_s} s; ratio ${figures.write_ratio}`);
  }
  if (bare?.cpuMs != null && importCpuMs !== null) {
    console.log(`  Neo4j CPU time:    ${seconds(importCpuMs).toFixed(1)} s for the writes on their own, ${seconds(bare.cpuMs).toFixed(1)} s for the bare write; ratio ${figures.write_cpu_ratio}`);
  }
  console.log(`  where the write time ${bare ? 'on its own' : 'of the import'} goes:`);
  for (const [name, ms] of [...Object.entries(last.statementMs), ['commit and lock renewal', committing] as const]) {
    console.log(`    ${name.padEnd(28)} ${seconds(ms).toFixed(1).padStart(6)} s  ${((100 * ms) / last.writeMs).toFixed(0).padStart(3)} %`);
  }
  console.log(`  peak RSS (Node):   ${figures.peak_rss_mb} MB`);
  console.log(`  store on disk:     ${figures.store_mb === null ? 'unknown (NEO4J_URI: not a local folder)' : `${figures.store_mb} MB`}`);
  console.log(`  graph:             ${JSON.stringify(totals)}`);
  console.log(`  API first requests (computed, ms): ${JSON.stringify(api)}`);
  console.log(`  load average:      ${loadBefore.join(', ')} before, ${loadAfter.join(', ')} after (${os.cpus().length} cores)`);
  console.log(`BENCH ${JSON.stringify(figures)}`);
} finally {
  if (!closed) await bench.close();
  for (const folder of [corpus, warmUpCorpus]) fs.rmSync(folder, { recursive: true, force: true });
}
