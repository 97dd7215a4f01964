import neo4j, { type Driver, type ManagedTransaction, type Transaction, type QueryResult, type Record as Neo4jRecord, type RecordShape, type ResultSummary } from 'neo4j-driver';
import { randomUUID } from 'node:crypto';
import { ConfigError, type Config } from '../config.ts';
import { legacyLocalPassword, localPassword } from './local-password.ts';
import { query, statements } from './queries.ts';

/** The one module that talks to Neo4j: every statement it runs is a named file in cypher/. */

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/** NEO4J_PASSWORD when set; else the local server's own password (made at its first start). */
function password(config: Config): string {
  if (config.NEO4J_PASSWORD) return config.NEO4J_PASSWORD;
  if (config.NEO4J_URI) throw new ConfigError(`NEO4J_PASSWORD is not set: it is needed to connect to ${config.NEO4J_URI}`);
  return localPassword(config);
}

export function connectionFromConfig(config: Config, localUri: string): Connection {
  return {
    uri: config.NEO4J_URI ?? localUri,
    user: config.NEO4J_USER,
    password: password(config),
    database: config.NEO4J_DATABASE,
  };
}

/** Neo4j is unreachable or unavailable: callers answer 503 and retry later. */
export function isUnavailable(error: unknown): boolean {
  const { code = '', message = '' } = (error ?? {}) as { code?: string; message?: string };
  // The driver names no code when it was closed under a running request (a server shutting down).
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError') || message.startsWith('Pool is closed');
}

function rows(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => record.toObject());
}

/** What a user's query returned, up to the row and byte caps. */
export interface UserQueryResult {
  columns: string[];
  records: Neo4jRecord[];
  /** More records existed than the caps allowed. */
  truncated: boolean;
  /** The summary (with the plan of an EXPLAIN); null when the stream was cut at a cap. */
  summary: ResultSummary | null;
}

export interface UserQueryLimits {
  /** Wall-clock limit: the answer comes then, whatever Neo4j is doing, and the transaction is terminated. */
  timeoutMs: number;
  rowLimit: number;
  /** Stops reading once the records read so far measure more than this (see `sizeOf`). */
  byteLimit?: number;
  sizeOf?: (record: Neo4jRecord) => number;
}

/**
 * Records of a user's query pulled from Neo4j at a time. Few: the driver decodes a record in one go,
 * blocking the event loop (a row of 1,000,000 integers takes about a second), so at most this many
 * such rows are decoded before the caps or the timeout can stop the stream.
 */
const userFetchSize = 2;

/** A user's query ran past its time limit: it was abandoned and its transaction terminated. */
export class UserQueryTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`the query ran longer than ${timeoutMs} ms`);
  }
}

/** A transaction handed to `Db.writeTransaction`: runs named statements, all or nothing. */
export interface NamedTransaction {
  run(name: string, params?: Params): Promise<Row[]>;
}

function named(tx: ManagedTransaction): NamedTransaction {
  return { run: async (name, params = {}) => rows(await tx.run(query(name), params)) };
}

function newDriver(connection: Connection, integers: { disableLosslessIntegers: true } | { useBigInt: true }, retryTimeMs = 15_000): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    ...integers,
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: retryTimeMs,
    logging: { level: 'error', logger: () => undefined },
  });
}

export class Db {
  readonly driver: Driver;
  /** For users' queries, whose integers may exceed 2^53: they come back as BigInt instead of Infinity. Opened on first use. */
  private userDriver: Driver | undefined;

  /** `retryTimeMs`: how long the driver retries a transaction on transient errors before giving up. */
  constructor(
    readonly connection: Connection,
    { retryTimeMs }: { retryTimeMs?: number } = {},
  ) {
    this.driver = newDriver(connection, { disableLosslessIntegers: true }, retryTimeMs);
  }

  private session(mode: 'READ' | 'WRITE') {
    const accessMode = mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE;
    // One bookmark manager for every session: in a cluster, a read that follows a write (an import, a
    // correction) waits until the reader it is routed to has that write.
    return this.driver.session({ database: this.connection.database, defaultAccessMode: accessMode, bookmarkManager: this.driver.executeQueryBookmarkManager });
  }

  /** Runs the named read query in a read transaction (retried on transient errors). */
  async read(name: string, params: Params = {}): Promise<Row[]> {
    const session = this.session('READ');
    try {
      return await session.executeRead(async (tx) => rows(await tx.run(query(name), params)));
    } finally {
      await session.close();
    }
  }

  /** Runs the named statement in its own write transaction. */
  async write(name: string, params: Params = {}): Promise<Row[]> {
    return this.writeTransaction((tx) => tx.run(name, params));
  }

  /** Runs several named statements in one write transaction: all of them commit or none does. */
  async writeTransaction<T>(work: (tx: NamedTransaction) => Promise<T>): Promise<T> {
    const session = this.session('WRITE');
    try {
      return await session.executeWrite((tx) => work(named(tx)));
    } finally {
      await session.close();
    }
  }

  /** Users' queries that ran past their time and that Neo4j has not finished yet (terminated, but still computing). */
  private readonly lingering = new Set<string>();

  /**
   * Waits up to `waitMs` for Neo4j to let go of user queries that ran past their time (a terminated
   * query usually ends within moments; an expression Neo4j does not interrupt runs to its end).
   * False when one still runs.
   */
  async userQueriesSettled(waitMs: number): Promise<boolean> {
    const deadline = Date.now() + waitMs;
    while (this.lingering.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    return this.lingering.size === 0;
  }

  /**
   * Runs a user's Cypher text in a READ transaction, so the database itself refuses writes.
   * Reads at most `rowLimit` records (and `byteLimit` bytes by `sizeOf`); the rest of the stream is
   * discarded, not buffered. At `timeoutMs` it throws UserQueryTimeout without waiting for Neo4j
   * and terminates the transaction (tagged in its metadata so it can be found). Integers come back
   * as BigInt. Not retried: a user's query that failed is reported, not repeated.
   */
  async readUserQuery(text: string, params: Params, limits: UserQueryLimits): Promise<UserQueryResult> {
    this.userDriver ??= newDriver(this.connection, { useBigInt: true });
    const tag = randomUUID();
    // Records are pulled a few at a time, so a cap reached early leaves the rest unsent (not buffered in the driver).
    const session = this.userDriver.session({ database: this.connection.database, defaultAccessMode: neo4j.session.READ, fetchSize: userFetchSize });
    // Neo4j's own timeout too: it stops the queries that check for termination even if this process dies.
    const tx = session.beginTransaction({ timeout: limits.timeoutMs, metadata: { explorerUserQuery: tag } });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new UserQueryTimeout(limits.timeoutMs)), limits.timeoutMs);
    });
    const reading = this.readRecords(tx, text, params, limits);
    try {
      return await Promise.race([reading, timedOut]);
    } catch (error) {
      if (error instanceof UserQueryTimeout) this.abandon(tag);
      throw error;
    } finally {
      clearTimeout(timer);
      if (!this.lingering.has(tag)) await session.close();
      else {
        void reading
          .catch(() => undefined)
          .then(() => session.close())
          .catch(() => undefined)
          .finally(() => this.lingering.delete(tag));
      }
    }
  }

  private async readRecords(tx: Transaction, text: string, params: Params, { rowLimit, byteLimit = Infinity, sizeOf }: UserQueryLimits): Promise<UserQueryResult> {
    try {
      const result = tx.run(text, params);
      const records: Neo4jRecord[] = [];
      let bytes = 0;
      let truncated = false;
      for await (const record of result) {
        bytes += sizeOf?.(record) ?? 0;
        if (records.length === rowLimit || bytes > byteLimit) {
          truncated = true;
          break;
        }
        records.push(record);
      }
      const columns = await result.keys();
      const summary = truncated ? null : await result.summary();
      await tx.rollback();
      return { columns, records, truncated, summary };
    } catch (error) {
      if (tx.isOpen()) await tx.rollback().catch(() => undefined);
      throw error;
    }
  }

  /** Terminates a timed-out user query in Neo4j and remembers it until Neo4j lets go of it. */
  private abandon(tag: string): void {
    this.lingering.add(tag);
    void this.writeAutoCommit('admin/terminate-user-query', { tag }).catch(() => undefined);
  }

  /** Runs a statement outside an explicit transaction, as `CALL { } IN TRANSACTIONS` and schema commands need. */
  private async autoCommit(text: string, params: Params = {}): Promise<Row[]> {
    const session = this.session('WRITE');
    try {
      return rows(await session.run(text, params));
    } finally {
      await session.close();
    }
  }

  /** Runs the named statement in an auto-commit transaction (for statements that batch their own transactions). */
  async writeAutoCommit(name: string, params: Params = {}): Promise<Row[]> {
    return this.autoCommit(query(name), params);
  }

  /**
   * Applies cypher/schema.cypher (every statement is idempotent: IF NOT EXISTS), then fills what a graph imported by
   * an earlier version lacks: the month buckets of its aggregated edges, recounted from their claims once.
   */
  async applySchema(): Promise<void> {
    for (const statement of statements('schema')) await this.autoCommit(statement);
    for (;;) {
      const stale = await this.read('upgrade/edges-without-months', { limit: neo4j.int(500) });
      if (stale.length === 0) break;
      await this.write('import/recount-edges', { rows: stale });
    }
  }

  /** True when the database answers a trivial query. */
  async isUp(): Promise<boolean> {
    try {
      await this.driver.verifyConnectivity({ database: this.connection.database });
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.driver.close(), this.userDriver?.close()]);
  }
}

/**
 * Waits until Bolt answers with these credentials. On a new local server the built-in user
 * still has the password "neo4j", which must be changed before use (`setInitialPassword`); a
 * local server made before passwords were random still has the old fixed one, which is changed
 * to the connection's password (`migrateLegacyPassword`). The change is tried before logging in,
 * so that failed logins do not trip Neo4j's lock-out (3 failures lock the user for 5 s).
 */
export async function waitForBolt(
  connection: Connection,
  {
    timeoutMs,
    setInitialPassword,
    migrateLegacyPassword,
    isAlive,
  }: { timeoutMs: number; setInitialPassword: boolean; migrateLegacyPassword: boolean; isAlive: () => boolean },
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // The passwords the server may still have, tried until one change succeeds or is refused as wrong.
  let pending = [...(setInitialPassword ? ['neo4j'] : []), ...(migrateLegacyPassword ? [legacyLocalPassword] : [])];
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error('the Neo4j process exited while starting');
    for (const old of pending) {
      const outcome = await changePassword(connection, old);
      if (outcome !== 'not ready') pending = outcome === 'changed' ? [] : pending.filter((password) => password !== old);
    }
    const db = new Db(connection);
    try {
      await db.driver.executeQuery('RETURN 1', {}, { database: connection.database });
      return;
    } catch (error) {
      lastError = error;
      const code = (error as { code?: string }).code ?? '';
      if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') await new Promise((resolve) => setTimeout(resolve, 5_000));
    } finally {
      await db.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Neo4j did not answer on ${connection.uri} within ${timeoutMs / 1000} s: ${String(lastError)}`);
}

/** Changes the user's password from `old` to the connection's: done, refused (not that password), or the server is not ready yet. */
async function changePassword(connection: Connection, old: string): Promise<'changed' | 'wrong password' | 'not ready'> {
  const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, old), { logging: { level: 'error', logger: () => undefined } });
  try {
    await driver.executeQuery(query('admin/change-own-password'), { old, password: connection.password }, { database: 'system' });
    return 'changed';
  } catch (error) {
    return (error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized' ? 'wrong password' : 'not ready';
  } finally {
    await driver.close();
  }
}
