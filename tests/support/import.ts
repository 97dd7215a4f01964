import type { Db } from '../../server/neo4j/client.ts';
import { runImport } from '../../server/import/run.ts';
import { readSources } from '../../server/import/sources.ts';

/** Empties the test database. */
export async function resetDatabase(db: Db): Promise<void> {
  await db.writeAutoCommit('admin/delete-all');
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
