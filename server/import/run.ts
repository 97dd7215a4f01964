import { randomUUID } from 'node:crypto';
import type { Db } from '../neo4j/client.ts';
import type { UnfitCorrection } from '../curation/corrections.ts';
import { importArticles, type ArticleOutcome, type ImportOptions } from './importer.ts';
import type { SourceFailure, Sources } from './sources.ts';

export interface ImportSummary {
  articles: Record<'new' | 'changed' | 'unchanged' | 'failed', number>;
  failures: SourceFailure[];
  skipped: SourceFailure[];
  /** Corrections that no longer fit the re-imported articles (kept, and tried again at the next import). */
  unfitCorrections: UnfitCorrection[];
  totals: { articles: number; actors: number; claims: number; edges: number };
  seconds: number;
}

/** Imports articles, records the run in the database and sums up what happened. */
export async function runImport(
  db: Db,
  sources: Sources,
  options: ImportOptions = {},
): Promise<{ summary: ImportSummary; outcomes: ArticleOutcome[] }> {
  const started = new Date();
  const unfitCorrections: UnfitCorrection[] = [];
  const outcomes = await importArticles(db, sources.articles, {
    ...options,
    onUnfitCorrections: (unfit) => unfitCorrections.push(...unfit),
  });
  const count = (status: ArticleOutcome['status']) => outcomes.filter((outcome) => outcome.status === status).length;
  const failures = [
    ...sources.failures,
    ...outcomes.filter((outcome) => outcome.status === 'failed').map((outcome) => ({ file: outcome.file ?? outcome.id, reason: outcome.reason ?? 'failed' })),
  ];
  const articles = { new: count('new'), changed: count('changed'), unchanged: count('unchanged'), failed: failures.length };
  const finished = new Date();
  await db.write('import/record-run', {
    id: randomUUID(),
    started: started.toISOString(),
    finished: finished.toISOString(),
    ...articles,
  });
  const [totals] = await db.read('import/graph-counts');
  return {
    summary: { articles, failures, skipped: sources.skipped, unfitCorrections, totals: totals as ImportSummary['totals'], seconds: (finished.getTime() - started.getTime()) / 1000 },
    outcomes,
  };
}

export function formatSummary(summary: ImportSummary): string {
  const { articles, totals } = summary;
  return [
    ...summary.skipped.map((skip) => `skipped: ${skip.file}: ${skip.reason}`),
    ...summary.failures.map((failure) => `failed: ${failure.file}: ${failure.reason}`),
    ...summary.unfitCorrections.map((correction) => `correction no longer fits: ${correction.summary}: ${correction.reason}`),
    `articles: ${articles.new} new, ${articles.changed} changed, ${articles.unchanged} unchanged, ${articles.failed} failed`,
    `database: ${totals.articles} articles, ${totals.actors} actors, ${totals.claims} claims, ${totals.edges} relation edges`,
    `took ${summary.seconds.toFixed(1)} s`,
  ].join('\n');
}
