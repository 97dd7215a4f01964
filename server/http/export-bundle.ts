import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { projectRoot } from '../config.ts';
import { bundleFormat, type BundleArticle, type BundleContent } from '../export/bundle.ts';
import type { Db } from '../neo4j/client.ts';
import { exportData, type Selection } from './export-selection.ts';

/** The program that extracted the claims: this package's name and version. */
const { name, version } = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string };
export const extractorVersion = `${name}@${version}`;

/** Everything an export bundle holds for a selection: the subgraph, its claims and their articles, and the manifest. */
export async function exportBundle(db: Db, config: Config, selection: Selection): Promise<BundleContent> {
  const { nodes, edges, claims = [], articles = [] } = await exportData(db, config, selection, true);
  const [articleRows, [corrections]] = await Promise.all([
    db.read('export/bundle-articles', { ids: articles.map((article) => article.id) }),
    db.read('export/corrections-applied'),
  ]);
  return {
    manifest: {
      format: bundleFormat,
      version: 1,
      generated: new Date().toISOString(),
      extractorVersion,
      selection,
      counts: { actors: nodes.length, edges: edges.length, claims: claims.length, articles: articles.length },
      correctionsApplied: (corrections?.corrections as number | undefined) ?? 0,
    },
    graph: { nodes, edges },
    claims,
    articles: articleRows.map((row) => row.article as BundleArticle),
  };
}
