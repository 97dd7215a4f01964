import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { UserError } from '../errors.ts';
import { progressReporter } from '../import/progress.ts';
import { formatSummary, runImport } from '../import/run.ts';
import { readSources } from '../import/sources.ts';
import { openDatabase } from '../neo4j/open.ts';
import { runMain } from './main.ts';

const usage = 'usage: npm run import -- PATH... [--reset --yes] [--batch N]   (files or folders of .txt, .md, .json, .jsonl)';

runMain(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { reset: { type: 'boolean' }, yes: { type: 'boolean' }, batch: { type: 'string' } },
  });
  if (positionals.length === 0 && !values.reset) throw new UserError(usage);
  if (values.reset && !values.yes) throw new UserError('--reset deletes every node in the database: add --yes to confirm');
  const batchSize = values.batch === undefined ? undefined : Number(values.batch);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) throw new UserError(`--batch takes a positive whole number, not "${values.batch}"`);

  const config = loadConfig();
  const sources = readSources(positionals);
  const { db, stopStartedServer } = await openDatabase(config, (line) => console.error(line));
  try {
    if (values.reset) {
      await db.writeAutoCommit('admin/delete-all');
      console.error('Emptied the database.');
    }
    const progress = progressReporter();
    const onLockWait = (owner: string) => console.error(`Waiting for another import of this database to finish (${owner})…`);
    const { summary } = await runImport(db, sources, { batchSize, onProgress: progress.update, onLockWait }).finally(progress.stop);
    console.log(formatSummary(summary));
    return summary.articles.failed > 0 ? 1 : 0;
  } finally {
    await db.close();
    await stopStartedServer();
  }
});
