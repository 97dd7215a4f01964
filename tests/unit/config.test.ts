import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { checkServing, ConfigError, loadConfig, projectRoot } from '../../server/config.ts';

test('defaults apply when nothing is set', () => {
  const config = loadConfig({});
  assert.equal(config.PORT, 3000);
  assert.equal(config.HOST, '127.0.0.1');
  assert.equal(config.NEO4J_URI, undefined);
  assert.equal(config.NEO4J_DATABASE, 'neo4j');
  assert.equal(config.CYPHER_ROW_LIMIT, 1000);
  assert.equal(config.IMPORT_BATCH_SIZE, undefined);
  assert.equal(loadConfig({ IMPORT_BATCH_SIZE: '250' }).IMPORT_BATCH_SIZE, 250);
});

test('empty values count as unset, so a copied .env.example works', () => {
  const config = loadConfig({ NEO4J_URI: '', PORT: '', API_TOKEN: '' });
  assert.equal(config.NEO4J_URI, undefined);
  assert.equal(config.PORT, 3000);
  assert.equal(config.API_TOKEN, undefined);
});

test('a bad value is one line naming the variable, its value and the problem', () => {
  for (const [name, value] of [
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['NEO4J_URI', 'http://localhost:7474'],
    ['NEO4J_HEAP', 'lots'],
    ['NEO4J_PASSWORD', 'short'],
    ['IMPORT_BATCH_SIZE', '0'],
  ] as const) {
    assert.throws(
      () => loadConfig({ [name]: value }),
      (error: Error) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, new RegExp(`^Invalid configuration: ${name}="${value}": .+`));
        assert.equal(error.message.split('\n').length, 1);
        return true;
      },
    );
  }
});

test('Aura and cluster URIs are accepted', () => {
  for (const uri of ['neo4j+s://abcd1234.databases.neo4j.io', 'bolt://db.example.org:7687', 'neo4j://cluster:7687']) {
    assert.equal(loadConfig({ NEO4J_URI: uri }).NEO4J_URI, uri);
  }
});

test('serving on a non-loopback HOST without API_TOKEN is refused with one line', () => {
  for (const host of ['0.0.0.0', '192.168.1.20', '::']) {
    assert.throws(
      () => checkServing(loadConfig({ HOST: host })),
      (error: Error) => error instanceof ConfigError && /^Refusing to serve on HOST=.+ without API_TOKEN/.test(error.message) && !error.message.includes('\n'),
    );
    checkServing(loadConfig({ HOST: host, API_TOKEN: 'a-long-enough-token' }));
  }
  for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.2']) checkServing(loadConfig({ HOST: host }));
});

test('npm start with HOST=0.0.0.0 and no API_TOKEN stops at once, saying why', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/start.ts'], {
    cwd: projectRoot,
    env: { ...process.env, HOST: '0.0.0.0', API_TOKEN: '', NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'unused-password' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(run.status, 1);
  assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
  assert.match(run.stderr, /Refusing to serve on HOST=0\.0\.0\.0 without API_TOKEN/);
});
