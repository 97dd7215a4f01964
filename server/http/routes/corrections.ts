import { Router } from 'express';
import { z } from 'zod';
import {
  correct,
  exportCorrections,
  importCorrections,
  listCorrections,
  revertCorrection,
  type Correction,
} from '../../curation/corrections.ts';
import { ActorChanges, ClaimChanges, type ClaimKey, CorrectionOp, CorrectionsFile } from '../../curation/ops.ts';
import { RelationType } from '../../extract/schema.ts';
import type { Db } from '../../neo4j/client.ts';
import { HttpError, parseInput } from '../errors.ts';
import { ActorId } from '../inputs.ts';

const Note = z.string().trim().max(2000).optional();
const IdParams = z.object({ id: z.string().min(1).max(200) });
const ActorParams = z.object({ id: ActorId });
const MergeBody = z.object({ into: ActorId, note: Note });
const NoteBody = z.object({ note: Note }).default({});
const ActorEditBody = z.object({ note: Note }).loose();
const ClaimEditBody = z.object({ note: Note }).loose();
const AddClaimBody = z
  .object({
    article: z.string().min(1).max(200),
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    source: ActorId,
    type: RelationType,
    target: ActorId,
    note: Note,
  })
  .refine((body) => body.start < body.end, { message: 'must be after start', path: ['end'] })
  .refine((body) => body.source !== body.target, { message: 'source and target must differ', path: ['target'] });

/** Splits a body into its note and the rest. */
function withoutNote<T extends { note?: string | undefined }>({ note, ...rest }: T): [Omit<T, 'note'>, string | null] {
  return [rest, note || null];
}

interface StoredClaim {
  key: ClaimKey;
  rejected: boolean;
}

async function claimOf(db: Db, id: string): Promise<StoredClaim> {
  const [row] = await db.read('corrections/claim-by-id', { id });
  if (!row) throw new HttpError(404, `no claim with id ${JSON.stringify(id)}`);
  return row as unknown as StoredClaim;
}

/** Decisions on one claim: POST /api/claims/:id/<verb>, and when the claim's state refuses it. */
const claimDecisions: { verb: string; action: string; refused: (claim: StoredClaim) => string | null }[] = [
  { verb: 'reject', action: 'reject-claim', refused: (claim) => (claim.rejected ? 'this claim is already rejected' : null) },
  { verb: 'restore', action: 'restore-claim', refused: (claim) => (claim.rejected ? null : 'this claim is not rejected') },
  { verb: 'approve', action: 'approve-claim', refused: (claim) => (claim.rejected ? 'this claim is rejected: restore it instead' : null) },
];

/** Makes a correction and answers 201 with its record; a correction that cannot apply is a 404 or 409. */
async function made(db: Db, op: unknown, note: string | null): Promise<{ correction: Correction }> {
  return { correction: await correct(db, parseInput(CorrectionOp, op), note) };
}

/**
 * Curation: merge, edit and "not an actor" on actors; reject, restore, fix and add claims; the corrections made,
 * their undo, export and import. Every change is a correction (server/curation) applied in one transaction.
 */
export function correctionRoutes(db: Db): Router {
  const router = Router();
  for (const { verb, action, refused } of claimDecisions) {
    router.post(`/claims/:id/${verb}`, async (req, res) => {
      const { id } = parseInput(IdParams, req.params);
      const [, note] = withoutNote(parseInput(NoteBody, req.body ?? {}));
      const claim = await claimOf(db, id);
      const refusal = refused(claim);
      if (refusal) throw new HttpError(409, refusal);
      res.status(201).json(await made(db, { action, claim: claim.key }, note));
    });
  }
  return router
    .post('/actors/:id/merge', async (req, res) => {
      const { id } = parseInput(ActorParams, req.params);
      const [{ into }, note] = withoutNote(parseInput(MergeBody, req.body));
      if (into === id) throw new HttpError(400, 'invalid into: an actor cannot be merged into itself', { field: 'into' });
      res.status(201).json(await made(db, { action: 'merge-actors', actor: id, into }, note));
    })
    .post('/actors/:id/not-an-actor', async (req, res) => {
      const { id } = parseInput(ActorParams, req.params);
      const [, note] = withoutNote(parseInput(NoteBody, req.body ?? {}));
      res.status(201).json(await made(db, { action: 'not-an-actor', actor: id }, note));
    })
    .patch('/actors/:id', async (req, res) => {
      const { id } = parseInput(ActorParams, req.params);
      const [changes, note] = withoutNote(parseInput(ActorEditBody, req.body));
      res.status(201).json(await made(db, { action: 'edit-actor', actor: id, changes: parseInput(ActorChanges, changes) }, note));
    })
    .patch('/claims/:id', async (req, res) => {
      const { id } = parseInput(IdParams, req.params);
      const [changes, note] = withoutNote(parseInput(ClaimEditBody, req.body));
      const claim = await claimOf(db, id);
      const fixed = parseInput(ClaimChanges, changes);
      if ((fixed.source ?? claim.key.source) === (fixed.target ?? claim.key.target)) throw new HttpError(400, 'invalid target: source and target must differ', { field: 'target' });
      res.status(201).json(await made(db, { action: 'edit-claim', claim: claim.key, changes: fixed }, note));
    })
    .post('/claims', async (req, res) => {
      const [{ article, start, end, ...claim }, note] = withoutNote(parseInput(AddClaimBody, req.body));
      const [stored] = await db.read('corrections/article-text', { id: article });
      if (!stored) throw new HttpError(404, `no article with id ${JSON.stringify(article)}`);
      const sentence = (stored.text as string).slice(start, end);
      if (end > (stored.text as string).length) throw new HttpError(400, `invalid end: the article has ${(stored.text as string).length} characters`, { field: 'end' });
      if (sentence.trim().length === 0) throw new HttpError(400, 'invalid start: the selected text is blank', { field: 'start' });
      res.status(201).json(await made(db, { action: 'add-claim', article, start, end, sentence, ...claim }, note));
    })
    .get('/corrections', async (_req, res) => {
      res.json({ corrections: await listCorrections(db) });
    })
    .get('/corrections/export', async (_req, res) => {
      const file = await exportCorrections(db);
      res.attachment(`corrections-${file.exported!.slice(0, 10)}.json`).json(file);
    })
    .post('/corrections/import', async (req, res) => {
      res.json(await importCorrections(db, parseInput(CorrectionsFile, req.body)));
    })
    .post('/corrections/:id/revert', async (req, res) => {
      const { id } = parseInput(IdParams, req.params);
      res.json({ correction: await revertCorrection(db, id) });
    });
}

