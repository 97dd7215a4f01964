import { relationTypes } from '../server/extract/schema.ts';
import { filteredGraph, neighborhood } from '../server/http/graph.ts';
import { GraphFilters } from '../server/http/inputs.ts';
import type { Db } from '../server/neo4j/client.ts';
import { timed } from './support.ts';

/**
 * First-request figures of the API: what a request costs when its answer is computed, not served from the answer
 * cache. The service functions are called straight on the driver (no HTTP, so no cache); each figure is the median of
 * three calls, after one call with other arguments has compiled the query plans. Shared by bench:api and bench:import.
 */
export interface FirstRequestFigures {
  /** The depth-2 neighbourhood (limit 100) of the most connected actor. */
  hub_first_ms: number;
  /** The same for an actor of median degree. */
  median_first_ms: number;
  /** The overview, limit 500, from the stored edges. */
  overview_first_ms: number;
  /** The overview with a one-year window (the middle year of the claims' dates). */
  window_first_ms: number;
  /** The overview with a window from one day to another a year later (two months counted from their claims). */
  window_days_first_ms: number;
  /** The overview rolled up (persons replaced by their affiliation). */
  rollup_first_ms: number;
  /** The hub's depth-2 neighbourhood with the one-year window. */
  hub_window_first_ms: number;
}

async function medianOfThree(work: () => Promise<unknown>): Promise<number> {
  const times = [await timed(work), await timed(work), await timed(work)].sort((a, b) => a - b);
  return Number(times[1]!.toFixed(1));
}

export async function firstRequestFigures(db: Db): Promise<FirstRequestFigures> {
  const whole = await filteredGraph(db, GraphFilters.parse({ limit: '5000' }));
  const ranked = whole.nodes;
  const [hub, median] = [ranked[0]!, ranked[Math.floor(ranked.length / 2)]!];
  const first = Number((whole.dates.min ?? '2020').slice(0, 4));
  const last = Number((whole.dates.max ?? '2020').slice(0, 4));
  const year = String(Math.floor((first + last) / 2));
  const other = String(Math.floor((first + last) / 2) - 1);
  const graph = (filters: Record<string, string>) => () => filteredGraph(db, GraphFilters.parse({ limit: '500', ...filters }));
  const around = (id: string, view: Record<string, string> = {}) => () =>
    neighborhood(db, [id], { depth: 2, types: [...relationTypes], limit: 100, ...(view.from && { from: view.from, to: view.to }) });

  // Query plans: compiled once, with other arguments than those timed.
  await around(ranked[1]!.id, { from: other, to: other })();
  await graph({ from: other, to: other })();
  await graph({ from: `${other}-02-03`, to: `${other}-11-04` })();
  await graph({ rollup: 'true', limit: '400' })();

  return {
    hub_first_ms: await medianOfThree(around(hub.id)),
    median_first_ms: await medianOfThree(around(median.id)),
    overview_first_ms: await medianOfThree(graph({})),
    window_first_ms: await medianOfThree(graph({ from: year, to: year })),
    window_days_first_ms: await medianOfThree(graph({ from: `${year}-03-15`, to: `${Number(year) + 1}-03-14` })),
    rollup_first_ms: await medianOfThree(graph({ rollup: 'true' })),
    hub_window_first_ms: await medianOfThree(around(hub.id, { from: year, to: year })),
  };
}
