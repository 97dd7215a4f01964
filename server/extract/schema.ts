import { z } from 'zod';

/**
 * The extractor's output: the contract shared by `npm run extract`, the importer and the API.
 * DESIGN.md fixes the required fields; `id`, `mentions`, `cue` and the evidence's `date` are ours.
 */

export const actorKinds = ['state', 'armed_group', 'organization', 'person'] as const;
export const ActorKind = z.enum(actorKinds);
export type ActorKind = z.infer<typeof ActorKind>;

export const relationTypes = ['supports', 'opposes', 'negotiates'] as const;
export const RelationType = z.enum(relationTypes);
export type RelationType = z.infer<typeof RelationType>;

/** True when the month and day exist in the calendar ("2024-02-29" yes, "2023-02-29" and "2024-13" no). */
export function isCalendarDate(value: string): boolean {
  const [year, month = 1, day = 1] = value.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** ISO date, possibly partial: "2024", "2024-12" or "2024-12-13", of a real calendar day or month. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isCalendarDate, 'no such date in the calendar');

export const ExtractedActor = z.object({
  /** Stable id derived from the canonical name (lower-case slug), the same in every article. */
  id: z.string().min(1),
  name: z.string().min(1),
  kind: ActorKind,
  /** Canonical name of the state or organization a person acts for. */
  affiliation: z.string().nullable(),
  /** Surface forms seen in this article (and gazetteer aliases). */
  aliases: z.array(z.string()),
  /** How many times the article mentions the actor. */
  mentions: z.number().int().nonnegative(),
});
export type ExtractedActor = z.infer<typeof ExtractedActor>;

export const Evidence = z.object({
  sentence: z.string(),
  /** UTF-16 offsets of the sentence in the original file text (JS string indices). */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  cue: z.string(),
  confidence: z.number().min(0).max(1),
  /** The date of the event when the sentence gives one ("in 2019", "on Tuesday"), else the date of its story. */
  date: IsoDate.nullable(),
});
export type Evidence = z.infer<typeof Evidence>;

export const ExtractedRelation = z.object({
  source: z.string(),
  type: RelationType,
  target: z.string(),
  /** The highest confidence among the evidence. */
  confidence: z.number().min(0).max(1),
  evidence: z.array(Evidence).min(1),
});
export type ExtractedRelation = z.infer<typeof ExtractedRelation>;

export const ArticleExtraction = z.object({
  file: z.string().nullable(),
  title: z.string().nullable(),
  date: IsoDate.nullable(),
  actors: z.array(ExtractedActor),
  relations: z.array(ExtractedRelation),
});
export type ArticleExtraction = z.infer<typeof ArticleExtraction>;

/** What the caller knows about an article before extraction (from a manifest, a feed record or the API). */
export const ArticleMeta = z.object({
  file: z.string().nullable().optional(),
  title: z.string().nullable().optional(),
  date: IsoDate.nullable().optional(),
});
export type ArticleMeta = z.infer<typeof ArticleMeta>;
