import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Db } from '../../server/neo4j/client.ts';
import { openTestDb } from '../support/db.ts';

let db: Db;
before(async () => (db = await openTestDb()));
after(() => db.close());

test('the schema holds the graph model constraints and the full-text index', async () => {
  const schema = await db.read('admin/show-schema');
  const byName = new Map(schema.map((row) => [row.name, row]));
  for (const name of ['actor_id', 'article_id', 'claim_id']) {
    assert.equal(byName.get(name)?.owningConstraint, name, `${name} is a uniqueness constraint`);
  }
  assert.deepEqual(byName.get('actor_names')?.type, 'FULLTEXT');
  assert.deepEqual(byName.get('actor_names')?.properties, ['name', 'aliases']);
});

test('applying the schema twice gives the same schema', async () => {
  const first = await db.read('admin/show-schema');
  await db.applySchema();
  await db.applySchema();
  assert.deepEqual(await db.read('admin/show-schema'), first);
});
