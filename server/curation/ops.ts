import { z } from 'zod';
import { ActorKind, RelationType } from '../extract/schema.ts';

/** What a correction does, as recorded and exported: one validated op per kind of correction. */

const Id = z.string().min(1).max(200);

/** What identifies a claim across re-extractions: its article, its sentence's text, its ends and its type (never its id). */
export const ClaimKey = z.object({
  article: Id,
  sentence: z.string().min(1).max(100_000),
  source: Id,
  target: Id,
  type: RelationType,
});
export type ClaimKey = z.infer<typeof ClaimKey>;

export const ActorChanges = z
  .object({
    name: z.string().trim().min(1).max(200).optional(),
    kind: ActorKind.optional(),
    /** The id of the actor this one acts for; null: none. */
    affiliation: Id.nullable().optional(),
    aliases: z.array(z.string().trim().min(1).max(200)).max(200).optional(),
  })
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'expected at least one of name, kind, affiliation, aliases');
export type ActorChanges = z.infer<typeof ActorChanges>;

export const ClaimChanges = z
  .object({ type: RelationType.optional(), source: Id.optional(), target: Id.optional() })
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'expected at least one of type, source, target')
  .refine((changes) => !changes.source || changes.source !== changes.target, 'source and target must differ');
export type ClaimChanges = z.infer<typeof ClaimChanges>;

export const CorrectionOp = z.discriminatedUnion('action', [
  z.object({ action: z.literal('merge-actors'), actor: Id, into: Id }),
  z.object({ action: z.literal('edit-actor'), actor: Id, changes: ActorChanges }),
  z.object({ action: z.literal('not-an-actor'), actor: Id }),
  z.object({ action: z.literal('reject-claim'), claim: ClaimKey }),
  z.object({ action: z.literal('restore-claim'), claim: ClaimKey }),
  /** A reviewer found the claim right: it leaves the review queue. */
  z.object({ action: z.literal('approve-claim'), claim: ClaimKey }),
  z.object({ action: z.literal('edit-claim'), claim: ClaimKey, changes: ClaimChanges }),
  z.object({
    action: z.literal('add-claim'),
    article: Id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    sentence: z.string().min(1).max(100_000),
    source: Id,
    type: RelationType,
    target: Id,
  }),
]);
export type CorrectionOp = z.infer<typeof CorrectionOp>;
export type Action = CorrectionOp['action'];

/** What applying an op changed that its undo must put back (computed where it was applied, never exported). */
export const Before = z
  .object({
    actor: z.object({ name: z.string(), kind: z.string(), aliases: z.array(z.string()), affiliation: z.string().nullable() }),
    /** Names a merge gave the actor it merged into. */
    addedAliases: z.array(z.string()),
    /** A claim's status and the corrections that rejected it before this one. */
    status: z.string().nullable(),
    rejectedBy: z.array(z.string()),
  })
  .partial();
export type Before = z.infer<typeof Before>;

/** A correction as stored in `(:Correction)`; `payload` holds the op and what it changed. */
export const Payload = z.object({ op: CorrectionOp, before: Before.default({}) });
export type Payload = z.infer<typeof Payload>;

/** One correction in an export file. */
export const ExportedCorrection = z.object({
  id: z.string().min(1).max(100),
  at: z.string(),
  note: z.string().max(2000).nullable().default(null),
  op: CorrectionOp,
});
export type ExportedCorrection = z.infer<typeof ExportedCorrection>;

export const correctionsFormat = 'actor-relations-corrections';

/** GET /api/corrections/export writes it; POST /api/corrections/import reads it. */
export const CorrectionsFile = z.object({
  format: z.literal(correctionsFormat),
  version: z.literal(1),
  exported: z.string().optional(),
  corrections: z.array(ExportedCorrection).max(100_000),
});
export type CorrectionsFile = z.infer<typeof CorrectionsFile>;
