import type { Config } from '../config.ts';
import { connectionFromConfig, Db } from './client.ts';
import { describe, localServer, runningPid, startLocalNeo4j, stopLocalNeo4j } from './local-server.ts';

export interface OpenDatabase {
  db: Db;
  /** Where the database is, for the start-up message. */
  description: string;
  /** Stops the local server if this process started it; a no-op otherwise. */
  stopStartedServer(): Promise<void>;
}

/** Connects to NEO4J_URI, or starts (or reuses) the local server when none is configured; applies the schema. */
export async function openDatabase(
  config: Config,
  log: (line: string) => void = console.log,
  options: ConstructorParameters<typeof Db>[1] = {},
): Promise<OpenDatabase> {
  const server = localServer(config);
  const connection = connectionFromConfig(config, server.uri);
  let started = false;
  if (!config.NEO4J_URI) {
    const verb = runningPid(server) === null ? 'Starting' : 'Reusing';
    log(`${verb} the local Neo4j in ${server.dir} (set NEO4J_URI to use another server)…`);
    started = (await startLocalNeo4j(config, log)).started;
  }
  const db = new Db(connection, options);
  await db.applySchema();
  return {
    db,
    description: config.NEO4J_URI ? `Neo4j at ${config.NEO4J_URI} (database ${config.NEO4J_DATABASE})` : describe(server),
    async stopStartedServer() {
      if (started) await stopLocalNeo4j(config);
    },
  };
}
