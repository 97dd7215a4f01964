import type { Insight } from './view.ts';
import { monthOf } from '../import/month-buckets.ts';

/**
 * Stance flips: pairs whose stance changed over time. A pair's stance in a month is the sign of its supports minus
 * opposes claims dated in that month (both directions; a claim dated by year alone forms a period of its own);
 * months where they cancel out have no stance. A flip is a change of stance between two consecutive months that
 * have one, reported with the last claim of the old stance before it and the first claim of the new stance after it.
 */

type Stance = 'supports' | 'opposes';

export interface StanceClaim {
  a: string;
  b: string;
  type: Stance;
  date: string;
  id: string;
}

export interface FlipPoint {
  actors: [string, string];
  from: Stance;
  to: Stance;
  /** The month of the new stance. */
  at: string;
  before: string;
  after: string;
}

interface Period {
  month: string;
  net: number;
  claims: StanceClaim[];
}

/** The flips in these claims (oldest first, as the query gives them), ordered by when they happened. */
export function flipPoints(claims: StanceClaim[]): FlipPoint[] {
  const periods = new Map<string, Period[]>();
  for (const claim of claims) {
    const pair = `${claim.a}|${claim.b}`;
    const list = periods.get(pair) ?? [];
    let last = list.at(-1);
    if (last?.month !== monthOf(claim.date)) list.push((last = { month: monthOf(claim.date), net: 0, claims: [] }));
    last.net += claim.type === 'supports' ? 1 : -1;
    last.claims.push(claim);
    periods.set(pair, list);
  }
  const flips: FlipPoint[] = [];
  for (const list of periods.values()) {
    const stances = list.filter((period) => period.net !== 0);
    for (let i = 1; i < stances.length; i++) {
      const [was, now] = [stances[i - 1]!, stances[i]!];
      const from: Stance = was.net > 0 ? 'supports' : 'opposes';
      const to: Stance = now.net > 0 ? 'supports' : 'opposes';
      if (from === to) continue;
      const first = now.claims[0]!;
      flips.push({
        actors: [first.a, first.b],
        from,
        to,
        at: now.month,
        before: was.claims.findLast((claim) => claim.type === from)!.id,
        after: now.claims.find((claim) => claim.type === to)!.id,
      });
    }
  }
  return flips.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.actors.join('|') < y.actors.join('|') ? -1 : 1));
}

/** At most this many flips are listed, the latest first (all are counted). */
export const flipsListed = 500;

export const flips: Insight = {
  name: 'flips',
  async compute({ db, filters, view }) {
    const { from, to, rollup } = filters;
    const rows = await db.read('insights/stance-claims', { ids: view.nodes.map((actor) => actor.id), from: from ?? null, to: to ?? null, rollup });
    const points = flipPoints(rows as unknown as StanceClaim[]);
    const listed = points.slice(-flipsListed).reverse();
    const claimRows = await db.read('insights/claims-by-id', { ids: [...new Set(listed.flatMap((flip) => [flip.before, flip.after]))] });
    const claims = new Map(claimRows.map((row) => [(row.claim as { id: string }).id, row.claim]));
    return {
      total: points.length,
      flips: listed.map((flip) => ({ ...flip, before: claims.get(flip.before), after: claims.get(flip.after) })),
    };
  },
};
