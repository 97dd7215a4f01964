import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../server/config.ts';
import { freePort } from '../../server/free-port.ts';
import { connectionFromConfig } from '../../server/neo4j/client.ts';
import { legacyLocalPassword, localPasswordFile } from '../../server/neo4j/local-password.ts';
import { localServer, startLocalNeo4j, stopLocalNeo4j } from '../../server/neo4j/local-server.ts';
import { testConfig } from '../support/db.ts';

/** The local Neo4j's password: random, kept in its folder with mode 0600; an install made with the old fixed password keeps working. */

async function canLogIn(uri: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { logging: { level: 'error', logger: () => undefined } });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

test('the test Neo4j was given a random password, kept in its folder readable by its owner only', async () => {
  const config = testConfig();
  const file = localPasswordFile(config);
  assert.equal(fs.statSync(file).mode & 0o777, 0o600);
  const password = fs.readFileSync(file, 'utf8').trim();
  assert.ok(password.length >= 24);
  assert.equal(connectionFromConfig(config, localServer(config).uri).password, password);
  assert.equal(await canLogIn(localServer(config).uri, password), true);
  for (const guess of [legacyLocalPassword, 'neo4j', 'password']) assert.equal(await canLogIn(localServer(config).uri, guess), false, guess);
});

test('a local Neo4j made with the old fixed password is switched to a random one at its next start', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'explorer-legacy-'));
  const env = { NEO4J_URI: '', NEO4J_LOCAL_DIR: dir, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m' };
  const legacy = loadConfig({ ...env, NEO4J_PASSWORD: legacyLocalPassword });
  const upgraded = loadConfig(env);
  try {
    await startLocalNeo4j(legacy, () => undefined);
    await stopLocalNeo4j(legacy);
    assert.equal(fs.existsSync(localPasswordFile(upgraded)), false, 'the old install has no password file');

    await startLocalNeo4j(upgraded, () => undefined);
    const password = fs.readFileSync(localPasswordFile(upgraded), 'utf8').trim();
    const uri = localServer(upgraded).uri;
    assert.equal(await canLogIn(uri, password), true);
    assert.equal(await canLogIn(uri, legacyLocalPassword), false);
  } finally {
    await stopLocalNeo4j(upgraded);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
