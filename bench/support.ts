import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, projectRoot, type Config } from '../server/config.ts';
import { importArticles } from '../server/import/importer.ts';
import { readSources } from '../server/import/sources.ts';
import { connectionFromConfig, Db } from '../server/neo4j/client.ts';
import { localServer } from '../server/neo4j/local-server.ts';
import { startThrowawayNeo4j } from '../server/neo4j/throwaway.ts';

export interface BenchDatabase {
  db: Db;
  config: Config;
  close(): Promise<void>;
}

/**
 * The benchmark's database: NEO4J_URI when set, else a throw-away local Neo4j in a temporary folder,
 * started before and stopped after the measurements (its start-up is not measured).
 */
export async function benchDatabase(): Promise<BenchDatabase> {
  if (process.env.NEO4J_URI) {
    const config = loadConfig();
    const db = new Db(connectionFromConfig(config, ''));
    await db.applySchema();
    return { db, config, close: () => db.close() };
  }
  const neo4j = await startThrowawayNeo4j(process.env);
  const { config } = neo4j;
  console.log(`started a throw-away Neo4j on ${localServer(config).uri} (not measured)`);
  const db = new Db(connectionFromConfig(config, localServer(config).uri));
  await db.applySchema();
  return {
    db,
    config,
    async close() {
      await db.close();
      await neo4j.stop();
    },
  };
}

export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Fills an empty database with a generated corpus of `articles` articles (seed 1; not measured); a filled one is used as it is. */
export async function ensureCorpus(db: Db, articles: number): Promise<void> {
  const [stats] = await db.read('api/stats');
  const stored = (stats!.labels as { Article: number }).Article;
  if (stored > 0) {
    console.log(`the database holds ${stored} articles: using them`);
    return;
  }
  const corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
  const generated = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/corpus.ts', '--articles', String(articles), '--out', corpus, '--seed', '1'], {
    cwd: projectRoot,
    stdio: 'inherit',
  });
  if (generated.status !== 0) process.exit(1);
  const began = performance.now();
  await importArticles(db, readSources([corpus]).articles);
  console.log(`imported ${articles} articles in ${((performance.now() - began) / 1000).toFixed(0)} s (not measured)`);
  fs.rmSync(corpus, { recursive: true, force: true });
}
