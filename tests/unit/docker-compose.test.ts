import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { ConfigSchema, loadConfig, projectRoot } from '../../server/config.ts';

const compose = parse(fs.readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8'));

test('Neo4j runs as 5.26 Community with Bolt published and a health check', () => {
  const neo4j = compose.services.neo4j;
  assert.equal(neo4j.image, 'neo4j:5.26-community');
  assert.ok(neo4j.ports.some((port: string) => port.endsWith(':7687')));
  assert.ok(neo4j.healthcheck.test.join(' ').includes('cypher-shell'));
});

test('the app waits for a healthy Neo4j and its environment passes the config schema', () => {
  const app = compose.services.app;
  assert.equal(app.depends_on.neo4j.condition, 'service_healthy');
  for (const name of Object.keys(app.environment)) assert.ok(name in ConfigSchema.shape, `${name} is not a config variable`);
  const config = loadConfig(app.environment);
  assert.equal(config.NEO4J_URI, 'bolt://neo4j:7687');
  assert.ok(app.ports.some((port: string) => port.endsWith(`:${config.PORT}`)));
});

test('the app and Neo4j agree on the password', () => {
  const [user, password] = compose.services.neo4j.environment.NEO4J_AUTH.split('/');
  assert.equal(compose.services.app.environment.NEO4J_USER, user);
  assert.equal(compose.services.app.environment.NEO4J_PASSWORD, password);
});
