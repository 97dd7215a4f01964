/**
 * `npm test [-- PATH...]`: starts a throw-away local Neo4j on a free port with its own data folder,
 * runs every test file (or those under PATH) with node's test runner, then stops the server.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../server/config.ts';
import { localServer } from '../server/neo4j/local-server.ts';
import { startThrowawayNeo4j, type ThrowawayNeo4j } from '../server/neo4j/throwaway.ts';

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
let neo4j: ThrowawayNeo4j | undefined;
if (needsDatabase) {
  const began = Date.now();
  neo4j = await startThrowawayNeo4j(env, { NEO4J_HEAP: '768m', NEO4J_PAGECACHE: '256m' }, (line) => console.log(line));
  Object.assign(env, neo4j.env);
  console.log(`# test Neo4j on ${localServer(neo4j.config).uri}, ready in ${((Date.now() - began) / 1000).toFixed(1)} s`);
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

await neo4j?.stop();
process.exit(status);
