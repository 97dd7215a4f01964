import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { UserError } from './errors.ts';
import type { UserKnowledge } from './extract/user-knowledge.ts';

/** The project root (the folder that holds package.json). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const port = z.coerce.number().int().min(1).max(65535);
const positiveInt = z.coerce.number().int().positive();
/** Neo4j memory sizes as neo4j.conf writes them: 512m, 1g, 2048k. */
const memorySize = z.string().regex(/^\d+[kmg]$/i, 'expected a size such as 512m or 1g');

export const ConfigSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Further host names the server answers to (a reverse proxy's name), comma-separated. */
  ALLOWED_HOSTS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name.length > 0)),
  API_TOKEN: z.string().min(8, 'must be at least 8 characters').optional(),

  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/, 'expected bolt://, neo4j://, neo4j+s:// or bolt+s:// followed by a host')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  /** Unset with a local server: the random password kept in `<NEO4J_LOCAL_DIR>/password`. */
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j 5 refuses shorter ones)').optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),

  NEO4J_LOCAL_DIR: z.string().min(1).default('db/.neo4j/local'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HEAP: memorySize.default('1g'),
  NEO4J_PAGECACHE: memorySize.default('512m'),
  NEO4J_START_TIMEOUT_S: positiveInt.default(120),

  /** Articles per import transaction; unset: the importer's default. */
  IMPORT_BATCH_SIZE: positiveInt.max(100_000).optional(),

  ACTORS_FILE: z.string().min(1).optional(),
  CUES_FILE: z.string().min(1).optional(),

  CYPHER_TIMEOUT_MS: positiveInt.default(10_000),
  CYPHER_ROW_LIMIT: positiveInt.max(100_000).default(1000),
  /** Bytes of JSON rows an ad-hoc query may answer with. */
  CYPHER_BYTE_LIMIT: positiveInt.max(200_000_000).default(8_000_000),
});

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends UserError {
  override name = 'ConfigError';
}

/** Validates the environment; empty values count as unset so a copied .env.example works. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const known = Object.keys(ConfigSchema.shape);
  const values = Object.fromEntries(known.map((key) => [key, env[key] === '' ? undefined : env[key]]));
  const parsed = ConfigSchema.safeParse(values);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const variable = String(issue.path[0]);
  throw new ConfigError(`Invalid configuration: ${variable}=${JSON.stringify(values[variable])}: ${issue.message}`);
}

/** The user's own actors and cue words, as the configuration names them. */
export function userKnowledge(config: Pick<Config, 'ACTORS_FILE' | 'CUES_FILE'>): UserKnowledge {
  return { actorsFile: config.ACTORS_FILE, cuesFile: config.CUES_FILE };
}

/** True for an address only this machine reaches: 127.x.x.x, ::1, localhost. */
export function isLoopback(host: string): boolean {
  return /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i.test(host);
}

/** Serving beyond this machine without API_TOKEN would let anyone on the network write: refused. */
export function checkServing(config: Config): void {
  if (!isLoopback(config.HOST) && !config.API_TOKEN) {
    throw new ConfigError(`Refusing to serve on HOST=${config.HOST} without API_TOKEN: set API_TOKEN (8+ characters) or bind 127.0.0.1`);
  }
}

/** Absolute path of the local Neo4j's instance folder (conf, data, logs). */
export function localNeo4jDir(config: Config): string {
  return path.resolve(projectRoot, config.NEO4J_LOCAL_DIR);
}
