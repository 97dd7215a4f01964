import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { parse } from 'yaml';
import { checkServing, ConfigSchema, loadConfig, projectRoot } from '../../server/config.ts';

const compose = parse(fs.readFileSync(path.join(projectRoot, 'docker-compose.yml'), 'utf8'));

test('Neo4j runs as 5.26 Community with a health check, not published on the host', () => {
  const neo4j = compose.services.neo4j;
  assert.equal(neo4j.image, 'neo4j:5.26-community');
  assert.equal(neo4j.ports, undefined, 'a page in the browser could reach a published Bolt port over WebSocket');
  assert.ok(neo4j.healthcheck.test.join(' ').includes('cypher-shell'));
});

test('the app waits for a healthy Neo4j and its environment passes the config schema', () => {
  const app = compose.services.app;
  assert.equal(app.depends_on.neo4j.condition, 'service_healthy');
  for (const name of Object.keys(app.environment)) assert.ok(name in ConfigSchema.shape, `${name} is not a config variable`);
  assert.match(app.environment.API_TOKEN, /^\$\{API_TOKEN:\?/, 'the token comes from the user, required');
  const config = loadConfig({ ...app.environment, API_TOKEN: 'a-token-from-the-user' });
  checkServing(config);
  assert.equal(config.NEO4J_URI, 'bolt://neo4j:7687');
  assert.ok(app.ports.some((port: string) => port.endsWith(`:${config.PORT}`)));
});

test('the app and Neo4j agree on the password', () => {
  const [user, password] = compose.services.neo4j.environment.NEO4J_AUTH.split('/');
  assert.equal(compose.services.app.environment.NEO4J_USER, user);
  assert.equal(compose.services.app.environment.NEO4J_PASSWORD, password);
});
