import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { checkServing, loadConfig, projectRoot, userKnowledge } from '../config.ts';
import { loadUserKnowledge, type UserKnowledge } from '../extract/user-knowledge.ts';
import { UserError } from '../errors.ts';
import { apiRetryTimeMs, clientDist, createApp } from '../http/app.ts';
import { formatSummary, runImport } from '../import/run.ts';
import { readSources } from '../import/sources.ts';
import type { Db } from '../neo4j/client.ts';
import { openDatabase } from '../neo4j/open.ts';
import { runMain } from './main.ts';

function buildClientOnce(): void {
  if (fs.existsSync(path.join(clientDist, 'index.html'))) return;
  console.log('Building the web page (once; `npm run build` rebuilds it)…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new UserError('building the web page failed: see the output above');
}

/** A new user sees a graph at once: an empty database gets the seed articles. */
async function importSeedsIfEmpty(db: Db, knowledge: UserKnowledge): Promise<void> {
  const [{ nodes }] = (await db.read('admin/count-nodes')) as [{ nodes: number }];
  if (nodes > 0) return;
  console.log('The database is empty: importing the seed articles…');
  const seeds = readSources([path.join(projectRoot, 'seeds')]);
  const { summary } = await runImport(db, seeds, { knowledge });
  console.log(formatSummary(summary));
}

function listen(app: ReturnType<typeof createApp>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}

runMain(async () => {
  const config = loadConfig();
  checkServing(config);
  loadUserKnowledge(userKnowledge(config));
  const began = Date.now();
  buildClientOnce();
  const { db, description, stopStartedServer } = await openDatabase(config, console.log, { retryTimeMs: apiRetryTimeMs });
  let server: Server | undefined;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping…');
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await db.close();
    await stopStartedServer();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  await importSeedsIfEmpty(db, userKnowledge(config));
  server = await listen(createApp({ db, config }), config.PORT, config.HOST);
  console.log(`Database: ${description}`);
  console.log(`Explorer on http://${config.HOST}:${config.PORT} (ready in ${((Date.now() - began) / 1000).toFixed(1)} s; Ctrl-C stops it)`);
});
