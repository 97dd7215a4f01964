import { loadConfig, type Config } from '../../server/config.ts';
import { connectionFromConfig, Db } from '../../server/neo4j/client.ts';
import { localServer } from '../../server/neo4j/local-server.ts';

/** The configuration `npm test` prepared: it points at the throw-away test Neo4j. */
export function testConfig(overrides: Partial<Record<keyof Config, string>> = {}): Config {
  return loadConfig({ ...process.env, ...overrides });
}

/** A connection to the test Neo4j (the driver connects at the first query). */
export function testDb(config: Config = testConfig(), options: ConstructorParameters<typeof Db>[1] = {}): Db {
  return new Db(connectionFromConfig(config, localServer(config).uri), options);
}

/** A connection to the test Neo4j with the schema applied. */
export async function openTestDb(config: Config = testConfig(), options: ConstructorParameters<typeof Db>[1] = {}): Promise<Db> {
  const db = testDb(config, options);
  await db.applySchema();
  return db;
}
