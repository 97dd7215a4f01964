import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { type Config, localNeo4jDir, projectRoot } from '../config.ts';
import { UserError } from '../errors.ts';
import { connectionFromConfig, waitForBolt } from './client.ts';
import { installNeo4j, neo4jLibDir, neo4jVersion, requireJava } from './install.ts';

/** A Neo4j 5.26 Community server run from the Maven jars, with its files under one folder. */

/** JVM flags that Neo4j's own launcher passes (server.jvm.additional in the shipped neo4j.conf). */
const jvmFlags = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

export interface LocalServer {
  dir: string;
  confDir: string;
  logFile: string;
  consoleLog: string;
  pidFile: string;
  uri: string;
}

export function localServer(config: Config): LocalServer {
  const dir = localNeo4jDir(config);
  return {
    dir,
    confDir: path.join(dir, 'conf'),
    logFile: path.join(dir, 'logs', 'neo4j.log'),
    consoleLog: path.join(dir, 'logs', 'console.log'),
    pidFile: path.join(dir, 'run', 'neo4j.pid'),
    uri: `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`,
  };
}

function neo4jConf(server: LocalServer, config: Config): string {
  const dir = (name: string) => path.join(server.dir, name);
  return [
    '# Written by the explorer at every start of the local server; edit .env instead.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${config.NEO4J_BOLT_PORT}`,
    'server.bolt.enabled=true',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    `server.directories.data=${dir('data')}`,
    `server.directories.logs=${dir('logs')}`,
    `server.directories.run=${dir('run')}`,
    `server.directories.plugins=${dir('plugins')}`,
    `server.directories.import=${dir('import')}`,
    `server.directories.transaction.logs.root=${dir('data/transactions')}`,
    `server.memory.heap.initial_size=${config.NEO4J_HEAP}`,
    `server.memory.heap.max_size=${config.NEO4J_HEAP}`,
    `server.memory.pagecache.size=${config.NEO4J_PAGECACHE}`,
    'db.tx_log.rotation.retention_policy=2 files',
    'db.shutdown_transaction_end_timeout=2s',
    '',
  ].join('\n');
}

/** The pid of this folder's running server, or null (a stale pid file is ignored). */
export function runningPid(server: LocalServer): number | null {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(server.pidFile, 'utf8').trim());
  } catch {
    return null;
  }
  try {
    const commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return commandLine.includes('CommunityEntryPoint') && commandLine.includes(server.confDir) ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

function lastLines(file: string, count: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '';
  }
}

export interface StartResult {
  pid: number;
  /** False when a server was already running in this folder and was reused. */
  started: boolean;
}

/** Installs (once) and starts the local server, then waits until Bolt answers a query. */
export async function startLocalNeo4j(config: Config, log: (line: string) => void = console.log): Promise<StartResult> {
  const server = localServer(config);
  const connection = connectionFromConfig(config, server.uri);
  // A server made before passwords were random has the old fixed one: the first start or reuse after the upgrade changes it.
  const migrateLegacyPassword = !config.NEO4J_PASSWORD;
  const existing = runningPid(server);
  if (existing !== null) {
    await waitForBolt(connection, { timeoutMs: 10_000, setInitialPassword: false, migrateLegacyPassword, isAlive: () => isAlive(existing) });
    return { pid: existing, started: false };
  }

  requireJava();
  installNeo4j(log);
  if (await portInUse(config.NEO4J_BOLT_PORT)) {
    throw new UserError(`port ${config.NEO4J_BOLT_PORT} is already in use by another program: set NEO4J_BOLT_PORT to a free port`);
  }
  for (const sub of ['conf', 'data', 'logs', 'run', 'plugins', 'import']) fs.mkdirSync(path.join(server.dir, sub), { recursive: true });
  fs.writeFileSync(path.join(server.confDir, 'neo4j.conf'), neo4jConf(server, config));
  const firstStart = !fs.existsSync(path.join(server.dir, 'data', 'databases', 'system'));

  const output = fs.openSync(server.consoleLog, 'a');
  const child = spawn(
    'java',
    [
      `-Xms${config.NEO4J_HEAP}`,
      `-Xmx${config.NEO4J_HEAP}`,
      ...jvmFlags,
      '-cp',
      `${server.dir}/plugins/*:${neo4jLibDir}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${server.dir}`,
      `--config-dir=${server.confDir}`,
    ],
    { detached: true, stdio: ['ignore', output, output], cwd: projectRoot },
  );
  fs.closeSync(output);
  child.unref();
  const pid = child.pid!;
  fs.writeFileSync(server.pidFile, String(pid));

  try {
    await waitForBolt(connection, {
      timeoutMs: config.NEO4J_START_TIMEOUT_S * 1000,
      setInitialPassword: firstStart,
      migrateLegacyPassword: migrateLegacyPassword && !firstStart,
      isAlive: () => isAlive(pid),
    });
  } catch (error) {
    await stopPid(pid);
    const tail = lastLines(server.consoleLog, 15) || lastLines(server.logFile, 15);
    throw new UserError(`Neo4j did not start: ${(error as Error).message}\n--- last lines of ${server.consoleLog} ---\n${tail}`);
  }
  return { pid, started: true };
}

async function stopPid(pid: number, graceMs = 60_000): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
}

/** Stops this folder's server cleanly (SIGTERM, then waits); returns false when none was running. */
export async function stopLocalNeo4j(config: Config): Promise<boolean> {
  const server = localServer(config);
  const pid = runningPid(server);
  if (pid === null) return false;
  await stopPid(pid);
  fs.rmSync(server.pidFile, { force: true });
  return true;
}

export function describe(server: LocalServer): string {
  return `Neo4j ${neo4jVersion()} Community on ${server.uri} (log: ${path.relative(projectRoot, server.logFile)})`;
}
