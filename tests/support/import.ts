import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, beforeEach } from 'node:test';
import type { Db } from '../../server/neo4j/client.ts';
import { runImport } from '../../server/import/run.ts';
import { readSources } from '../../server/import/sources.ts';
import { testDb } from './db.ts';

/** Empties the test database. */
export async function resetDatabase(db: Db): Promise<void> {
  await db.writeAutoCommit('admin/delete-all');
}

/**
 * Registers an import test file's hooks and gives what its tests work with: the test Neo4j (schema applied first,
 * emptied before each test) and a scratch folder (named after `name`, removed at the end).
 */
export function importSession(name: string): { db: Db; scratch: string } {
  const db = testDb();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  before(() => db.applySchema());
  after(async () => {
    await db.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  });
  beforeEach(() => resetDatabase(db));
  return { db, scratch };
}

/** Imports files or folders through the real importer, as `npm run import` does. */
export async function importPaths(db: Db, ...paths: string[]) {
  return runImport(db, readSources(paths));
}

/** Node and relationship counts and summed weights: equal fingerprints mean equal graphs for our purposes. */
export async function graphFingerprint(db: Db): Promise<unknown> {
  const [row] = await db.read('checks/graph-counts');
  const sortByKey = (list: { key: string }[]) => [...list].sort((a, b) => a.key.localeCompare(b.key));
  return { ...row, labels: sortByKey(row!.labels as { key: string }[]), relationships: sortByKey(row!.relationships as { key: string }[]) };
}
