import { z } from 'zod';
import { ActorKind, IsoDate, RelationType, relationTypes } from '../extract/schema.ts';

/** Request inputs shared by several endpoints: query-string lists, flags, the /api/graph filters. */

/** A comma-separated list in a query string: `types=supports,opposes`. */
function commaList<T extends z.ZodType>(item: T, max = 10) {
  const split = (value: unknown) => (typeof value === 'string' ? value.split(',').map((part) => part.trim()).filter((part) => part.length > 0) : value);
  return z.preprocess(split, z.array(item).min(1, 'expected at least one value').max(max, `at most ${max} values`));
}

export const ActorId = z.string().min(1).max(200);
export const ActorIds = commaList(ActorId, 5000);
export const RelationTypes = commaList(RelationType).default([...relationTypes]);
export const Flag = z.enum(['true', 'false']).transform((value) => value === 'true');

/** A whole number written in decimal digits: `0x10`, `1e3`, `12.0` and ` 7` are refused, not reinterpreted. */
export function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^\d{1,9}$/, 'expected a whole number in decimal digits')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));
}

export function count(defaultValue: number, max: number) {
  return wholeNumber(1, max).default(defaultValue);
}

/** At most this many edges in an answer, the heaviest first; unset: `edgesPerActor` × the actor limit. */
export const MaxEdges = wholeNumber(1, 100_000).optional();
export const edgesPerActor = 5;

/** The edge cap of an answer showing at most `limit` actors. */
export function edgeCap({ limit, maxEdges }: { limit: number; maxEdges?: number | undefined }): number {
  return maxEdges ?? edgesPerActor * limit;
}

/** Whether claims without a date count: `include` or `exclude`; unset, they count only when no date window is set. */
export const Undated = z.enum(['include', 'exclude']).optional();

interface ClaimWindow {
  from?: string | null | undefined;
  to?: string | null | undefined;
  undated?: 'include' | 'exclude' | undefined;
}

/** Whether undated claims count in this window (see `Undated`). */
export function countsUndated({ from, to, undated }: ClaimWindow): boolean {
  return undated ? undated === 'include' : !(from || to);
}

/** Whether edges must be recounted from the claims (a window, roll-up, or undated claims left out) instead of read as stored. */
export function recountsFromClaims(view: ClaimWindow & { rollup?: boolean | undefined }): boolean {
  return Boolean(view.from || view.to || view.rollup) || !countsUndated(view);
}

/** The /api/graph filters (also accepted by /api/export). */
export const GraphFilterFields = z.object({
  types: RelationTypes,
  kinds: commaList(ActorKind).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  undated: Undated,
  minWeight: count(1, 1_000_000),
  limit: count(150, 5000),
  maxEdges: MaxEdges,
  rollup: Flag.default(false),
  /** Only pairs with both supports and opposes claims in the window. */
  contested: Flag.default(false),
  /** Only edges whose claims come from at least this many outlets (article sources). */
  minOutlets: count(1, 10_000),
});

/** `to` includes every date it prefixes, so from=2024-03&to=2024 is a valid window. */
export function windowIsOrdered({ from, to }: { from?: string; to?: string }): boolean {
  return !from || !to || from <= `${to}~`;
}
export const windowError = { message: 'must not be before from', path: ['to'] };

export const GraphFilters = GraphFilterFields.refine(windowIsOrdered, windowError);
export type GraphFilters = z.infer<typeof GraphFilters>;
