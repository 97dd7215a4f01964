import { activeCorrections, reapplyCorrections, type UnfitCorrection } from '../curation/corrections.ts';
import { UserError } from '../errors.ts';
import type { ArticleExtraction } from '../extract/schema.ts';
import { type Db, isUnavailable, type NamedTransaction } from '../neo4j/client.ts';
import { articleId, articleMeta, legacyArticleId, sha256, type ArticleInput } from './article-input.ts';
import { inlineExtractor, workerExtractor, type Extractor } from './extractors.ts';
import { loadUserKnowledge, type UserKnowledge } from '../extract/user-knowledge.ts';
import { acquireImportLock, type ImportLock } from './import-lock.ts';
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
  /** Of that, the time of each import statement (by name), for the benchmark. */
  statementMs: Record<string, number>;
}

/** Articles per write transaction unless the caller says otherwise (IMPORT_BATCH_SIZE, --batch). */
export const defaultBatchSize = 1000;

export interface ImportOptions {
  /** Articles per transaction. */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Waits between attempts while Neo4j is unreachable, in ms; then the import stops. */
  retryDelaysMs?: number[];
  /** Keep each article's extraction in its outcome (the API returns it; a large import would hold them all). */
  keepExtractions?: boolean;
  /** The user's own actors and cues (ACTORS_FILE, CUES_FILE), read by the extraction thread too. */
  knowledge?: UserKnowledge;
  /** Extract stored articles again even when their text is unchanged (after an extractor upgrade). */
  reextract?: boolean;
  /** The extractor to use instead of the built-in one. */
  extractor?: Extractor;
  /** Corrections re-applied after a batch that no longer fit (their claim or actor is no longer extracted). */
  onUnfitCorrections?: (unfit: UnfitCorrection[]) => void;
  /** How long to wait for another import of the same database to finish (default: as long as it takes). */
  lockWaitMs?: number;
  /** Told once when the import has to wait for another one. */
  onLockWait?: (owner: string) => void;
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

/** A batch classified against the database and extracted, ready to write. */
interface PreparedBatch {
  size: number;
  outcomes: ArticleOutcome[];
  toWrite: ExtractedArticle[];
  changedIds: string[];
}

/**
 * The batch's inputs with their texts, each read once here: a file's text is read from disk whenever it is asked for
 * (see sources.ts), so a file deleted or spoiled since it was listed fails here, and alone.
 */
function readTexts(batch: ArticleInput[]): { inputs: ArticleInput[]; unreadable: ArticleOutcome[] } {
  const inputs: ArticleInput[] = [];
  const unreadable: ArticleOutcome[] = [];
  for (const input of batch) {
    try {
      inputs.push({ ...input });
    } catch (error) {
      unreadable.push({ id: articleId(input), file: input.file, status: 'failed', reason: `could not be read: ${(error as Error).message}` });
    }
  }
  return { inputs, unreadable };
}

async function prepareBatch(db: Db, extractor: Extractor, batch: ArticleInput[], options: ImportOptions): Promise<PreparedBatch> {
  const { inputs, unreadable } = readTexts(batch);
  const newIds = inputs.map(articleId);
  const legacyIds = inputs.map(legacyArticleId);
  const lookup = [...newIds, ...legacyIds.filter((id) => id !== null)];
  const stored = await withRetries(() => db.read('import/existing-articles', { ids: lookup }), options.retryDelaysMs ?? defaultRetryDelaysMs);
  const storedHash = new Map(stored.map((row) => [row.id as string, row.sha256 as string]));
  const hashes = inputs.map((input) => sha256(input.text));
  const ids = inputs.map((_input, index) => {
    const legacy = legacyIds[index];
    const keepLegacy = !storedHash.has(newIds[index]!) && legacy && storedHash.get(legacy) === hashes[index];
    return keepLegacy ? legacy : newIds[index]!;
  });
  const pending = inputs.map((input, index) => ({ input, id: ids[index]!, hash: hashes[index]!, previous: storedHash.get(ids[index]!) }));
  const isUnchanged = (article: (typeof pending)[number]) => !options.reextract && article.previous === article.hash;
  const unchanged = pending.filter(isUnchanged);
  const toExtract = pending.filter((article) => !isUnchanged(article));
  const results = await extractor.extract(
    toExtract.map(({ input }) => ({ text: input.text, meta: articleMeta(input) })),
  );

  const prepared: PreparedBatch = {
    size: batch.length,
    outcomes: [...unreadable, ...unchanged.map(({ id, input }): ArticleOutcome => ({ id, file: input.file, status: 'unchanged' }))],
    toWrite: [],
    changedIds: [],
  };
  toExtract.forEach(({ input, id, hash, previous }, index) => {
    const result = results[index]!;
    if ('error' in result) {
      prepared.outcomes.push({ id, file: input.file, status: 'failed', reason: `extraction failed: ${result.error}` });
      return;
    }
    prepared.toWrite.push({ id, sha256: hash, input, extraction: result.extraction });
    if (previous !== undefined) prepared.changedIds.push(id);
    const status = previous === undefined ? 'new' : 'changed';
    prepared.outcomes.push({ id, file: input.file, status, ...(options.keepExtractions && { extraction: result.extraction }) });
  });
  return prepared;
}

/** The transaction, with the time each statement takes added to `statementMs`. */
function timedStatements(tx: NamedTransaction, statementMs: Record<string, number>): NamedTransaction {
  return {
    async run(name, params) {
      const began = performance.now();
      try {
        return await tx.run(name, params);
      } finally {
        statementMs[name] = (statementMs[name] ?? 0) + performance.now() - began;
      }
    },
  };
}

/** Writes one batch in one transaction: all of it lands or none of it does. */
async function writeRows(tx: NamedTransaction, rows: BatchRows, changedIds: string[]): Promise<void> {
  if (changedIds.length > 0) {
    const staleEdges = await tx.run('import/remove-article-claims', { ids: changedIds });
    await tx.run('import/recount-edges', { rows: staleEdges });
  }
  await tx.run('import/merge-articles', { rows: rows.articles });
  await tx.run('import/merge-actors', { rows: rows.actors });
  await tx.run('import/merge-affiliations', { rows: rows.affiliations });
  await tx.run('import/create-mentions', { rows: rows.mentions });
  await tx.run('import/create-claims', { rows: rows.claims });
  await tx.run('import/add-to-edges', { rows: rows.deltas });
  await tx.run('import/add-to-buckets', { rows: rows.buckets });
  if (changedIds.length > 0) await tx.run('import/prune-actors');
}

/** The same article given twice in one run is imported once, as given last. */
function lastOfEachId(inputs: ArticleInput[]): ArticleInput[] {
  return [...new Map(inputs.map((input) => [articleId(input), input])).values()];
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}

/**
 * Extracts and writes articles in batches of one transaction each; a failed article does not stop
 * the rest. While one batch is written, the next is extracted (on a worker thread for large imports).
 * One import at a time per database: it waits for the import lock first.
 */
export async function importArticles(db: Db, inputs: ArticleInput[], options: ImportOptions = {}): Promise<ArticleOutcome[]> {
  let lock: ImportLock;
  try {
    lock = await withRetries(
      () => acquireImportLock(db, { waitMs: options.lockWaitMs ?? Infinity, ...(options.onLockWait && { onWait: options.onLockWait }) }),
      options.retryDelaysMs ?? defaultRetryDelaysMs,
    );
  } catch (error) {
    if (isUnavailable(error)) throw new ImportInterrupted(0, lastOfEachId(inputs).length, error);
    throw error;
  }
  try {
    return await importLocked(db, lock, inputs, options);
  } finally {
    await lock.release().catch(() => undefined); // unreachable Neo4j: the lock expires by itself
  }
}

async function importLocked(db: Db, lock: ImportLock, inputs: ArticleInput[], options: ImportOptions): Promise<ArticleOutcome[]> {
  const batchSize = options.batchSize ?? defaultBatchSize;
  const retryDelays = options.retryDelaysMs ?? defaultRetryDelaysMs;
  const batches = chunks(lastOfEachId(inputs), batchSize);
  const total = batches.reduce((sum, batch) => sum + batch.length, 0);
  loadUserKnowledge(options.knowledge ?? {});
  const extractor = options.extractor ?? (batches.length > 1 ? workerExtractor(options.knowledge) : inlineExtractor());
  const importedAt = new Date().toISOString();
  const outcomes: ArticleOutcome[] = [];
  const progress: ImportProgress = { done: 0, total, claims: 0, writeMs: 0, statementMs: {} };
  let next: Promise<PreparedBatch> | undefined;
  try {
    const corrections = batches.length > 0 ? await withRetries(() => activeCorrections(db), retryDelays) : [];
    next = batches[0] && prepareBatch(db, extractor, batches[0], options);
    for (let index = 0; index < batches.length; index++) {
      const batch = await next!;
      next = batches[index + 1] && prepareBatch(db, extractor, batches[index + 1]!, options);
      if (batch.toWrite.length > 0) {
        const rows = planBatch(batch.toWrite, importedAt);
        const began = performance.now();
        const written = new Set(batch.toWrite.map((article) => article.id));
        const unfit = await withRetries(
          () =>
            db.writeTransaction(async (tx) => {
              await writeRows(timedStatements(tx, progress.statementMs), rows, batch.changedIds);
              return corrections.length > 0 ? reapplyCorrections(tx, corrections, written) : [];
            }),
          retryDelays,
        );
        if (unfit.length > 0) options.onUnfitCorrections?.(unfit);
        await withRetries(() => lock.renew(), retryDelays);
        progress.writeMs += performance.now() - began;
        progress.claims += rows.claims.length;
      }
      outcomes.push(...batch.outcomes);
      progress.done += batch.size;
      options.onProgress?.({ ...progress, statementMs: { ...progress.statementMs } });
    }
    return outcomes;
  } catch (error) {
    next?.catch(() => undefined);
    if (isUnavailable(error)) throw new ImportInterrupted(progress.done, total - progress.done, error);
    throw error;
  } finally {
    await extractor.close();
  }
}
