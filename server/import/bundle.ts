import fs from 'node:fs';
import { readBundleZip, type Bundle } from '../export/bundle.ts';
import type { Db } from '../neo4j/client.ts';

/**
 * Loads an export bundle (server/export/bundle.ts) into this database, in one transaction: its actors and articles
 * are merged in, its claims created once (by id), and the relation edges of graph.json recounted from the claims, so
 * the explorer shows the same graph with the same evidence. A rolled-up view's edges sum the claims of persons the
 * bundle does not hold: they are recounted from the claims it has.
 */

export interface BundleImport {
  manifest: Bundle['manifest'];
  actors: number;
  articles: number;
  claims: number;
  edges: number;
}

/** Every claim and edge must name actors and articles of the bundle: else the bundle is refused, naming the first. */
function checkReferences({ graph, claims, articles }: Bundle): void {
  const actors = new Set(graph.nodes.map((actor) => actor.id));
  const articleIds = new Set(articles.map((article) => article.id));
  for (const edge of graph.edges)
    for (const end of [edge.source, edge.target]) if (!actors.has(end)) throw new Error(`graph.json: relation ${edge.id} names actor "${end}", which the bundle does not hold`);
  for (const claim of claims) {
    for (const end of [claim.source, claim.target]) if (!actors.has(end)) throw new Error(`claims.json: claim ${claim.id} names actor "${end}", which the bundle does not hold`);
    if (!articleIds.has(claim.article)) throw new Error(`claims.json: claim ${claim.id} comes from article "${claim.article}", which the bundle does not hold`);
  }
}

export async function importBundle(db: Db, zip: Uint8Array): Promise<BundleImport> {
  const bundle = readBundleZip(zip);
  checkReferences(bundle);
  const importedAt = new Date().toISOString();
  await db.writeTransaction(async (tx) => {
    await tx.run('import/merge-actors', {
      rows: bundle.graph.nodes.map(({ id, name, kind, aliases, affiliation }) => ({ id, name, kind, aliases, affiliation })),
    });
    await tx.run('import/merge-articles', { rows: bundle.articles.map((article) => ({ ...article, imported_at: importedAt })) });
    await tx.run('import/merge-bundle-claims', { rows: bundle.claims });
    await tx.run('import/recount-edges', { rows: bundle.graph.edges.map(({ source, type, target }) => ({ source, type, target })) });
  });
  return { manifest: bundle.manifest, actors: bundle.graph.nodes.length, articles: bundle.articles.length, claims: bundle.claims.length, edges: bundle.graph.edges.length };
}

/** Reads a bundle file and imports it. */
export function importBundleFile(db: Db, file: string): Promise<BundleImport> {
  return importBundle(db, fs.readFileSync(file));
}
