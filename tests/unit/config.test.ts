import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from '../../server/config.ts';

test('defaults apply when nothing is set', () => {
  const config = loadConfig({});
  assert.equal(config.PORT, 3000);
  assert.equal(config.HOST, '127.0.0.1');
  assert.equal(config.NEO4J_URI, undefined);
  assert.equal(config.NEO4J_DATABASE, 'neo4j');
  assert.equal(config.CYPHER_ROW_LIMIT, 1000);
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
