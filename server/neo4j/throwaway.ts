import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Config, loadConfig } from '../config.ts';
import { freePort } from '../free-port.ts';
import { startLocalNeo4j, stopLocalNeo4j } from './local-server.ts';

export interface ThrowawayNeo4j {
  /** The variables that point a program at this server (merge them into a child's environment). */
  env: Record<string, string>;
  config: Config;
  /** Stops the server and keeps its folder (a clean shutdown writes every page to the store files). */
  shutdown(): Promise<void>;
  /** Stops the server and deletes its folder. */
  stop(): Promise<void>;
}

/** A local Neo4j on a free port with its data in a new temporary folder, for tests and benchmarks: never the user's data. */
export async function startThrowawayNeo4j(
  baseEnv: NodeJS.ProcessEnv,
  settings: Record<string, string> = {},
  log: (line: string) => void = () => undefined,
): Promise<ThrowawayNeo4j> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-neo4j-'));
  const env = { NEO4J_URI: '', NEO4J_LOCAL_DIR: dir, NEO4J_BOLT_PORT: String(await freePort()), ...settings };
  const config = loadConfig({ ...baseEnv, ...env });
  try {
    await startLocalNeo4j(config, log);
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    env,
    config,
    async shutdown() {
      await stopLocalNeo4j(config);
    },
    async stop() {
      await stopLocalNeo4j(config);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
