import { parseArgs } from 'node:util';
import { loadConfig, userKnowledge } from '../config.ts';
import { loadUserKnowledge } from '../extract/user-knowledge.ts';
import { knowledgeOptions } from './knowledge-options.ts';
import { UserError } from '../errors.ts';
import { progressReporter } from '../import/progress.ts';
import { importBundleFile } from '../import/bundle.ts';
import { formatSummary, runImport } from '../import/run.ts';
import { readSources } from '../import/sources.ts';
import { openDatabase } from '../neo4j/open.ts';
import { runMain } from './main.ts';

const usage = 'usage: npm run import -- PATH... [--reset --yes] [--batch N] [--reextract] [--actors FILE] [--cues FILE]   (files or folders of .txt, .md, .json, .jsonl; export bundles .zip)';

runMain(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      reset: { type: 'boolean' }, yes: { type: 'boolean' }, batch: { type: 'string' }, reextract: { type: 'boolean' },
      actors: { type: 'string' }, cues: { type: 'string' },
    },
  });
  if (positionals.length === 0 && !values.reset) throw new UserError(usage);
  if (values.reset && !values.yes) throw new UserError('--reset deletes every node in the database: add --yes to confirm');
  const config = loadConfig();
  const batchSize = values.batch === undefined ? config.IMPORT_BATCH_SIZE : Number(values.batch);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) throw new UserError(`--batch takes a positive whole number, not "${values.batch}"`);

  const knowledge = { ...userKnowledge(config), ...knowledgeOptions(values) };
  loadUserKnowledge(knowledge);
  // Export bundles (GET /api/export?format=bundle) are loaded as they are; every other path holds articles.
  const bundles = positionals.filter((file) => file.toLowerCase().endsWith('.zip'));
  const articlePaths = positionals.filter((file) => !bundles.includes(file));
  const sources = readSources(articlePaths);
  const { db, stopStartedServer } = await openDatabase(config, (line) => console.error(line));
  try {
    if (values.reset) {
      await db.writeAutoCommit('admin/delete-all');
      console.error('Emptied the database.');
    }
    let failedBundles = 0;
    for (const file of bundles) {
      try {
        const loaded = await importBundleFile(db, file);
        console.log(`bundle ${file}: ${loaded.actors} actors, ${loaded.edges} relations, ${loaded.claims} claims, ${loaded.articles} articles (generated ${loaded.manifest.generated})`);
      } catch (error) {
        failedBundles++;
        console.log(`failed: ${file}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (bundles.length && !articlePaths.length) return failedBundles > 0 ? 1 : 0;
    const progress = progressReporter();
    const onLockWait = (owner: string) => console.error(`Waiting for another import of this database to finish (${owner})…`);
    const { summary } = await runImport(db, sources, { batchSize, knowledge, reextract: values.reextract, onProgress: progress.update, onLockWait }).finally(progress.stop);
    console.log(formatSummary(summary));
    return summary.articles.failed + failedBundles > 0 ? 1 : 0;
  } finally {
    await db.close();
    await stopStartedServer();
  }
});
