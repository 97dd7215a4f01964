import { UserError } from '../errors.ts';
import { extractArticle } from '../extract/index.ts';
import type { ArticleExtraction } from '../extract/schema.ts';
import { type Db, isUnavailable, type NamedTransaction } from '../neo4j/client.ts';
import { articleId, sha256, type ArticleInput } from './article-input.ts';
import { planBatch, type BatchRows, type ExtractedArticle } from './plan.ts';

export type ArticleStatus = 'new' | 'changed' | 'unchanged' | 'failed';

export interface ArticleOutcome {
  id: string;
  file: string | null;
  status: ArticleStatus;
  reason?: string;
  extraction?: ArticleExtraction;
}

export interface ImportProgress {
  done: number;
  total: number;
  claims: number;
  /** Time spent in write transactions so far, for the benchmark. */
  writeMs: number;
}

export interface ImportOptions {
  /** Articles per transaction. */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Waits between attempts while Neo4j is unreachable, in ms; then the import stops. */
  retryDelaysMs?: number[];
  /** Keep each article's extraction in its outcome (the API returns it; a large import would hold them all). */
  keepExtractions?: boolean;
}

/** Neo4j stayed unreachable: says what was written and what was not. */
export class ImportInterrupted extends UserError {
  constructor(
    readonly written: number,
    readonly notWritten: number,
    cause: unknown,
  ) {
    super(
      `Neo4j became unreachable: ${written} article(s) were imported, ${notWritten} were not (run the import again to add them; nothing is written twice). Cause: ${(cause as Error).message}`,
    );
  }
}

const defaultRetryDelaysMs = [1000, 2000, 4000, 8000, 16000];

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Writes one batch in one transaction: all of it lands or none of it does. */
async function writeBatch(tx: NamedTransaction, rows: BatchRows, changedIds: string[]): Promise<void> {
  if (changedIds.length > 0) {
    const staleEdges = await tx.run('import/remove-article-claims', { ids: changedIds });
    await tx.run('import/recount-edges', { rows: staleEdges });
  }
  await tx.run('import/merge-articles', { rows: rows.articles });
  await tx.run('import/merge-actors', { rows: rows.actors });
  await tx.run('import/merge-affiliations', { rows: rows.affiliations });
  await tx.run('import/merge-mentions', { rows: rows.mentions });
  await tx.run('import/create-claims', { rows: rows.claims });
  await tx.run('import/add-to-edges', { rows: rows.deltas });
  if (changedIds.length > 0) await tx.run('import/prune-actors');
}

async function withRetries<T>(work: () => Promise<T>, delays: number[]): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isUnavailable(error) || attempt >= delays.length) throw error;
      await sleep(delays[attempt]!);
    }
  }
}

function extract(input: ArticleInput, id: string, hash: string): ExtractedArticle | ArticleOutcome {
  try {
    const extraction = extractArticle(input.text, { file: input.file, title: input.title ?? null, date: input.date ?? null });
    return { id, sha256: hash, input, extraction };
  } catch (error) {
    return { id, file: input.file, status: 'failed', reason: `extraction failed: ${(error as Error).message}` };
  }
}

interface BatchResult {
  outcomes: ArticleOutcome[];
  claims: number;
  writeMs: number;
}

/** Imports one batch; returns an outcome per article and the number of claims written. */
async function importBatch(db: Db, inputs: ArticleInput[], importedAt: string, options: ImportOptions): Promise<BatchResult> {
  const retryDelays = options.retryDelaysMs ?? defaultRetryDelaysMs;
  const byId = new Map(inputs.map((input) => [articleId(input), input]));
  const stored = await withRetries(() => db.read('import/existing-articles', { ids: [...byId.keys()] }), retryDelays);
  const storedHash = new Map(stored.map((row) => [row.id as string, row.sha256 as string]));

  const outcomes: ArticleOutcome[] = [];
  const toWrite: ExtractedArticle[] = [];
  const changedIds: string[] = [];
  for (const [id, input] of byId) {
    const hash = sha256(input.text);
    const previous = storedHash.get(id);
    if (previous === hash) {
      outcomes.push({ id, file: input.file, status: 'unchanged' });
      continue;
    }
    const extracted = extract(input, id, hash);
    if ('status' in extracted) {
      outcomes.push(extracted);
      continue;
    }
    toWrite.push(extracted);
    if (previous !== undefined) changedIds.push(id);
    const status = previous === undefined ? 'new' : 'changed';
    outcomes.push({ id, file: input.file, status, ...(options.keepExtractions && { extraction: extracted.extraction }) });
  }
  if (toWrite.length === 0) return { outcomes, claims: 0, writeMs: 0 };
  const rows = planBatch(toWrite, importedAt);
  const began = performance.now();
  await withRetries(() => db.writeTransaction((tx) => writeBatch(tx, rows, changedIds)), retryDelays);
  return { outcomes, claims: rows.claims.length, writeMs: performance.now() - began };
}

/** Extracts and writes articles in batches of one transaction each; a failed article does not stop the rest. */
export async function importArticles(db: Db, inputs: ArticleInput[], options: ImportOptions = {}): Promise<ArticleOutcome[]> {
  const batchSize = options.batchSize ?? 200;
  const importedAt = new Date().toISOString();
  const outcomes: ArticleOutcome[] = [];
  let claims = 0;
  let writeMs = 0;
  for (let start = 0; start < inputs.length; start += batchSize) {
    let batch: BatchResult;
    try {
      batch = await importBatch(db, inputs.slice(start, start + batchSize), importedAt, options);
    } catch (error) {
      if (isUnavailable(error)) throw new ImportInterrupted(start, inputs.length - start, error);
      throw error;
    }
    outcomes.push(...batch.outcomes);
    claims += batch.claims;
    writeMs += batch.writeMs;
    options.onProgress?.({ done: Math.min(start + batchSize, inputs.length), total: inputs.length, claims, writeMs });
  }
  return outcomes;
}
