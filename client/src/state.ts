import { z } from 'zod';
import { ACTOR_KINDS, ActorKind, RELATION_TYPES, RelationType } from './api/contract.ts';
import type { Query } from './api/http.ts';

/** What the page shows, kept in the URL so that a view can be shared and reloaded. */

export const LAYOUTS = ['fcose', 'concentric', 'circle', 'grid', 'breadthfirst'] as const;
export const LIMITS = [50, 150, 300, 1000, 2000, 5000] as const;
export const DEFAULT_LIMIT = 150;

const csv = z.string().transform((text) => text.split(',').filter(Boolean));
const month = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

export const ViewState = z.object({
  types: csv.pipe(z.array(RelationType)).catch([...RELATION_TYPES]).default([...RELATION_TYPES]),
  kinds: csv.pipe(z.array(ActorKind)).catch([...ACTOR_KINDS]).default([...ACTOR_KINDS]),
  minWeight: z.coerce.number().int().min(1).catch(1).default(1),
  limit: z.coerce.number().int().min(1).max(5000).catch(DEFAULT_LIMIT).default(DEFAULT_LIMIT),
  from: month.nullable().catch(null).default(null),
  to: month.nullable().catch(null).default(null),
  /** Whether claims without a date count (null: only when no window is set, as the API has it). */
  undated: z.enum(['include', 'exclude']).nullable().catch(null).default(null),
  rollup: z.enum(['true', 'false']).transform((value) => value === 'true').catch(false).default(false),
  /** Only relations of pairs with both supports and opposes claims. */
  contested: z.enum(['true', 'false']).transform((value) => value === 'true').catch(false).default(false),
  /** Only relations reported by at least this many outlets. */
  minOutlets: z.coerce.number().int().min(1).catch(1).default(1),
  layout: z.enum(LAYOUTS).catch('fcose').default('fcose'),
  /** The actor in the details panel. */
  focus: z.string().min(1).nullable().catch(null).default(null),
  /** The relation whose evidence is open: "<source>|<type>|<target>". */
  edge: z.string().min(1).nullable().catch(null).default(null),
  /** The article in the reader, and the claim it was opened from. */
  article: z.string().min(1).nullable().catch(null).default(null),
  claim: z.string().min(1).nullable().catch(null).default(null),
  /** The insights of the view (balance, blocs, flips, centrality) in the details panel. */
  insights: z.enum(['true', 'false']).transform((value) => value === 'true').catch(false).default(false),
  /** A shortest path: "<from>,<to>". */
  path: z.string().regex(/^[^,]+,[^,]+$/).nullable().catch(null).default(null),
  /** A Cypher query whose result is on screen. */
  cypher: z.string().min(1).nullable().catch(null).default(null),
  /** Its parameters, as the JSON text typed in the console. */
  cypherParams: z.string().min(1).nullable().catch(null).default(null),
  cypherView: z.enum(['graph', 'table']).catch('graph').default('graph'),
});
export type ViewState = z.infer<typeof ViewState>;

const defaults: ViewState = ViewState.parse({});

export function readState(search: string = location.search): ViewState {
  return ViewState.parse(Object.fromEntries(new URLSearchParams(search)));
}

function serialize(value: unknown): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** The query string of a state: only what differs from the defaults. */
export function stateSearch(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(defaults) as (keyof ViewState)[]) {
    const value = state[key];
    if (value !== null && serialize(value) !== serialize(defaults[key])) params.set(key, serialize(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** Records the state in the address bar; `push` makes a new history entry (a new focus), else it replaces. */
export function writeState(state: ViewState, push = false): void {
  const url = `${location.pathname}${stateSearch(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** Whether undated claims count in the view of a state (the API's default when not chosen). */
export function countsUndated(state: Pick<ViewState, 'from' | 'to' | 'undated'>): boolean {
  return state.undated ? state.undated === 'include' : !(state.from || state.to);
}

/** The address of an article in the reader (opened from a claim, that claim marked). */
export function articleAddress(id: string, claim?: string): string {
  return `${location.pathname}${stateSearch({ ...defaults, article: id, claim: claim ?? null })}`;
}

/** The /api/graph (and /api/export) filters of a state. */
export function graphFilters(state: ViewState): Query {
  return {
    types: state.types.join(','),
    kinds: state.kinds.join(','),
    from: state.from,
    to: state.to,
    undated: state.undated,
    minWeight: state.minWeight,
    limit: state.limit,
    rollup: state.rollup,
    contested: state.contested || null,
    minOutlets: state.minOutlets > 1 ? state.minOutlets : null,
  };
}
