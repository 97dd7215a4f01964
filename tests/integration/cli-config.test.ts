import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { projectRoot } from '../../server/config.ts';

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/start.ts'], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

test('npm start with a bad value stops with one line naming the variable', () => {
  const result = start({ PORT: 'abc' });
  assert.equal(result.status, 1);
  assert.equal(result.stderr.trim(), 'Invalid configuration: PORT="abc": Invalid input: expected number, received NaN');
});

test('a missing java gives one line saying what to install and that NEO4J_URI is the alternative', () => {
  const result = start({ PATH: '/nonexistent', NEO4J_LOCAL_DIR: '/tmp/explorer-no-java' });
  assert.equal(result.status, 1);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, result.stderr);
  assert.match(lines[0]!, /'java' was not found: install .*Java 17.*NEO4J_URI/);
});
