import { loadConfig, type Config } from '../server/config.ts';
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
