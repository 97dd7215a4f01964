/**
 * `npm test [-- PATH...]`: starts a throw-away local Neo4j on a free port with its own data folder,
 * runs every test file (or those under PATH) with node's test runner, then stops the server.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, projectRoot } from '../server/config.ts';
import { freePort } from '../server/free-port.ts';
import { connectionFromConfig } from '../server/neo4j/client.ts';
import { localServer, startLocalNeo4j, stopLocalNeo4j } from '../server/neo4j/local-server.ts';

function testFiles(roots: string[]): string[] {
  const found: string[] = [];
  const walk = (entry: string) => {
    if (fs.statSync(entry).isDirectory()) for (const name of fs.readdirSync(entry).sort()) walk(path.join(entry, name));
    else if (entry.endsWith('.test.ts')) found.push(entry);
  };
  for (const root of roots) walk(path.resolve(root));
  return found;
}

const roots = process.argv.slice(2);
const files = testFiles(roots.length ? roots : ['tests/unit', 'tests/integration', 'tests/browser'].filter((dir) => fs.existsSync(dir)));
const needsDatabase = files.some((file) => !file.includes(`${path.sep}unit${path.sep}`));
const needsClient = files.some((file) => file.includes(`${path.sep}browser${path.sep}`));

const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: '', NODE_ENV: 'test' };
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-test-'));
let config = loadConfig(env);

if (needsDatabase) {
  Object.assign(env, {
    NEO4J_LOCAL_DIR: path.join(scratch, 'neo4j'),
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HEAP: '768m',
    NEO4J_PAGECACHE: '256m',
  });
  config = loadConfig(env);
  const began = Date.now();
  await startLocalNeo4j(config, connectionFromConfig(config, localServer(config).uri), (line) => console.log(line));
  console.log(`# test Neo4j on ${localServer(config).uri}, ready in ${((Date.now() - began) / 1000).toFixed(1)} s`);
}
if (needsClient) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit', cwd: projectRoot });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const runner = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env,
  cwd: projectRoot,
});
const status: number = await new Promise((resolve) => runner.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

if (needsDatabase) await stopLocalNeo4j(config);
fs.rmSync(scratch, { recursive: true, force: true });
process.exit(status);
