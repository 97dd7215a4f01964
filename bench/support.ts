import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../server/config.ts';
import { freePort } from '../server/free-port.ts';
import { connectionFromConfig, Db } from '../server/neo4j/client.ts';
import { localServer, startLocalNeo4j, stopLocalNeo4j } from '../server/neo4j/local-server.ts';

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
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-bench-'));
  const config = loadConfig({ ...process.env, NEO4J_LOCAL_DIR: path.join(dir, 'neo4j'), NEO4J_BOLT_PORT: String(await freePort()) });
  const connection = connectionFromConfig(config, localServer(config).uri);
  console.log(`starting a throw-away Neo4j on ${connection.uri} (not measured)…`);
  await startLocalNeo4j(config, connection, () => undefined);
  const db = new Db(connection);
  await db.applySchema();
  return {
    db,
    config,
    async close() {
      await db.close();
      await stopLocalNeo4j(config);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}
