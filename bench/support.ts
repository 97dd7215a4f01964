import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { loadConfig, projectRoot, type Config } from '../server/config.ts';
import { createApp } from '../server/http/app.ts';
import { importArticles } from '../server/import/importer.ts';
import { readSources } from '../server/import/sources.ts';
import { connectionFromConfig, Db } from '../server/neo4j/client.ts';
import { localServer, runningPid } from '../server/neo4j/local-server.ts';
import { startThrowawayNeo4j } from '../server/neo4j/throwaway.ts';

export interface BenchDatabase {
  db: Db;
  config: Config;
  /** Stops the throw-away server; answers the bytes of its database folder after that clean shutdown (null with NEO4J_URI). */
  close(): Promise<{ storeBytes: number | null }>;
  /** CPU time the throw-away server's process has used so far, in ms (null with NEO4J_URI or without /proc). */
  serverCpuMs(): number | null;
}

/** User plus system CPU time of a process, from /proc (Linux); null where there is none. */
function processCpuMs(pid: number): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // clock ticks of 1/100 s
  } catch {
    return null;
  }
}

function folderBytes(folder: string): number {
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/**
 * The benchmark's database: NEO4J_URI when set, else a throw-away local Neo4j in a temporary folder,
 * started before and stopped after the measurements (its start-up is not measured). `memory` sets its
 * heap and page cache unless the environment does (NEO4J_HEAP, NEO4J_PAGECACHE).
 */
export async function benchDatabase(memory: { NEO4J_HEAP?: string; NEO4J_PAGECACHE?: string } = {}): Promise<BenchDatabase> {
  if (process.env.NEO4J_URI) {
    const config = loadConfig();
    const db = new Db(connectionFromConfig(config, ''));
    await db.applySchema();
    return { db, config, close: async () => (await db.close(), { storeBytes: null }), serverCpuMs: () => null };
  }
  const neo4j = await startThrowawayNeo4j({ ...memory, ...process.env });
  const { config } = neo4j;
  console.log(`started a throw-away Neo4j on ${localServer(config).uri}, heap ${config.NEO4J_HEAP}, page cache ${config.NEO4J_PAGECACHE} (not measured)`);
  const db = new Db(connectionFromConfig(config, localServer(config).uri));
  await db.applySchema();
  const pid = runningPid(localServer(config));
  return {
    db,
    config,
    serverCpuMs: () => (pid === null ? null : processCpuMs(pid)),
    async close() {
      await db.close();
      await neo4j.shutdown();
      const storeBytes = folderBytes(path.join(localServer(config).dir, 'data', 'databases', config.NEO4J_DATABASE));
      await neo4j.stop();
      return { storeBytes };
    },
  };
}

export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Imports a generated corpus of `articles` articles (seed 1) unless the database already holds articles. */
export async function ensureCorpus(db: Db, articles: string): Promise<void> {
  const [stats] = await db.read('api/stats');
  const held = (stats!.labels as { Article: number }).Article;
  if (held > 0) {
    console.log(`the database holds ${held} articles: using them`);
    return;
  }
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
  const generated = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/corpus.ts', '--articles', articles, '--out', corpus, '--seed', '1'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  if (generated.status !== 0) process.exit(1);
  const began = performance.now();
  await importArticles(db, readSources([corpus]).articles);
  console.log(`imported ${articles} articles in ${((performance.now() - began) / 1000).toFixed(0)} s (not measured)`);
  fs.rmSync(corpus, { recursive: true, force: true });
}

/** The benchmark's database served by the app on a free local port; `close` stops both. */
export async function benchApp(): Promise<BenchDatabase & { url: string }> {
  const bench = await benchDatabase();
  const server = createApp({ db: bench.db, config: bench.config }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    ...bench,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.close();
      return bench.close();
    },
  };
}

/** How long `work` takes, in milliseconds. */
export async function timed(work: () => unknown): Promise<number> {
  const began = performance.now();
  await work();
  return performance.now() - began;
}
