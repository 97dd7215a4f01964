import { randomUUID } from 'node:crypto';
import type { Db, NamedTransaction } from '../neo4j/client.ts';
import { applyOp, articleOf, undoOp, type Applied } from './apply.ts';
import { correctionsFormat, Payload, type CorrectionOp, type CorrectionsFile } from './ops.ts';

/** Corrections as records: made (applied and kept in one transaction), listed, undone, exported, imported and re-applied. */

export interface Correction {
  id: string;
  seq: number;
  at: string;
  action: CorrectionOp['action'];
  target: string;
  summary: string;
  note: string | null;
  reverted: string | null;
  /** False when the last application found nothing it fits (its claim or actor no longer extracted). */
  fits: boolean;
  op: CorrectionOp;
}

interface StoredCorrection extends Omit<Correction, 'op'> {
  payload: Payload;
}

/** A correction could not be made or undone; `status` is the HTTP status it answers. */
export class CorrectionError extends Error {
  constructor(
    readonly status: 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

/** A correction that no longer fits after an import: kept, reported, and tried again at the next import. */
export interface UnfitCorrection {
  id: string;
  action: CorrectionOp['action'];
  summary: string;
  reason: string;
}

function targetOf(op: CorrectionOp): string {
  if ('actor' in op) return op.actor;
  if ('claim' in op) return `${op.claim.source}|${op.claim.type}|${op.claim.target}`;
  return `${op.source}|${op.type}|${op.target}`;
}

function stored(row: Record<string, unknown>): StoredCorrection {
  const correction = row.correction as Omit<StoredCorrection, 'payload'> & { payload: string };
  return { ...correction, payload: Payload.parse(JSON.parse(correction.payload)) };
}

function shown({ payload, ...correction }: StoredCorrection): Correction {
  return { ...correction, op: payload.op };
}

async function keep(
  tx: NamedTransaction,
  op: CorrectionOp,
  applied: Applied,
  { id, at = new Date().toISOString(), note }: { id: string; at?: string; note: string | null },
): Promise<void> {
  const payload: Payload = { op, before: applied.fits ? applied.before : {} };
  await tx.run('corrections/record', {
    id,
    at,
    action: op.action,
    target: targetOf(op),
    payload: JSON.stringify(payload),
    summary: applied.fits ? applied.summary : `${op.action} ${targetOf(op)}`,
    note,
    fits: applied.fits,
  });
}

/** Applies a correction and records it, in one transaction; a correction that does not fit changes nothing. */
export async function correct(db: Db, op: CorrectionOp, note: string | null = null): Promise<Correction> {
  const id = randomUUID();
  await db.writeTransaction(async (tx) => {
    const applied = await applyOp(tx, op, id);
    // Thrown, the transaction rolls back: a correction that does not fit is never half-applied or recorded.
    if (!applied.fits) throw new CorrectionError(applied.status, applied.reason);
    await keep(tx, op, applied, { id, note });
  });
  return (await getCorrection(db, id))!;
}

export async function getCorrection(db: Db, id: string): Promise<Correction | undefined> {
  const [row] = await db.read('corrections/get', { id });
  return row && shown(stored(row));
}

export async function listCorrections(db: Db): Promise<Correction[]> {
  return (await db.read('corrections/list', { active: false })).map((row) => shown(stored(row)));
}

/** Undoes a correction by its inverse op; the record stays, marked reverted. */
export async function revertCorrection(db: Db, id: string): Promise<Correction> {
  await db.writeTransaction(async (tx) => {
    const [row] = await tx.run('corrections/get', { id });
    if (!row) throw new CorrectionError(404, `no correction with id "${id}"`);
    const correction = stored(row);
    if (correction.reverted) throw new CorrectionError(409, 'this correction was already undone');
    const refusal = correction.fits ? await undoOp(tx, correction.payload.op, id, correction.payload.before) : undefined;
    if (refusal) throw new CorrectionError(409, `cannot undo: ${refusal}`);
    await tx.run('corrections/set-reverted', { id, reverted: new Date().toISOString() });
  });
  return (await getCorrection(db, id))!;
}

/** The corrections in force, oldest first, for an import to re-apply. */
export async function activeCorrections(db: Db): Promise<StoredCorrection[]> {
  return (await db.read('corrections/list', { active: true })).map(stored);
}

/**
 * Applies the corrections in force again after an import wrote `articles` (in the import's transaction):
 * every actor correction, and the claim corrections of those articles. Returns those that no longer fit.
 */
export async function reapplyCorrections(tx: NamedTransaction, corrections: StoredCorrection[], articles: Set<string>): Promise<UnfitCorrection[]> {
  const unfit: UnfitCorrection[] = [];
  const fits: { id: string; fits: boolean }[] = [];
  for (const correction of corrections) {
    const { op } = correction.payload;
    const article = articleOf(op);
    if (article !== null && !articles.has(article)) continue;
    const applied = await applyOp(tx, op, correction.id, { replay: true });
    fits.push({ id: correction.id, fits: applied.fits });
    if (!applied.fits) unfit.push({ id: correction.id, action: op.action, summary: correction.summary, reason: applied.reason });
  }
  if (fits.length > 0) await tx.run('corrections/set-fits', { rows: fits });
  return unfit;
}

/** Every correction in force, as a file another database can import. */
export async function exportCorrections(db: Db): Promise<CorrectionsFile> {
  const corrections = await activeCorrections(db);
  return {
    format: correctionsFormat,
    version: 1,
    exported: new Date().toISOString(),
    corrections: corrections.map(({ id, at, note, payload }) => ({ id, at, note, op: payload.op })),
  };
}

/**
 * Applies and records the corrections of an export file, in its order, in one transaction. Corrections this
 * database already holds (same id) are skipped; those that do not fit yet are recorded anyway (an import of
 * their articles applies them later) and reported.
 */
export async function importCorrections(db: Db, file: CorrectionsFile): Promise<{ applied: number; skipped: number; unfit: UnfitCorrection[] }> {
  return db.writeTransaction(async (tx) => {
    let applied = 0;
    let skipped = 0;
    const unfit: UnfitCorrection[] = [];
    for (const { id, at, note, op } of file.corrections) {
      if ((await tx.run('corrections/get', { id })).length > 0) {
        skipped++;
        continue;
      }
      const result = await applyOp(tx, op, id);
      await keep(tx, op, result, { id, at, note });
      if (result.fits) applied++;
      else unfit.push({ id, action: op.action, summary: `${op.action} ${targetOf(op)}`, reason: result.reason });
    }
    return { applied, skipped, unfit };
  });
}
