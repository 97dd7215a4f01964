import { contestedPairs, pairKey } from '../../server/http/edge-sources.ts';
import type { Db } from '../../server/neo4j/client.ts';

/**
 * The reference for views summed from the month buckets: the same edges recounted from every claim
 * (cypher/checks/graph-edges-from-claims.cypher, the query /api/graph ran before the buckets existed).
 */

/** Windows (year, month, day-precise bounds, undated claims left out) and roll-ups, as /api/graph query strings. */
export const views = [
  'from=2024&to=2024',
  'from=2024-03&to=2024-10',
  'from=2024-03-15&to=2025-04-01',
  'from=2025-04-01&to=2025-04-01',
  'undated=exclude',
  'from=2024&undated=include',
  'rollup=true',
  'rollup=true&from=2024-06-02',
];

/** An edge as compared: everything but `articles`, which a window or roll-up sums per month bucket (README). */
function line(edge: Record<string, unknown>): string {
  return `${edge.id} ${edge.weight} ${edge.claims} ${edge.first_seen}..${edge.last_seen} outlets ${edge.outlets} contested ${edge.contested}`;
}

/** Every edge of the whole graph in this view, recounted from the claims. */
async function recounted(db: Db, query: string): Promise<string[]> {
  const view = new URLSearchParams(query);
  const [from, to] = [view.get('from'), view.get('to')];
  const undated = view.get('undated') ? view.get('undated') === 'include' : !(from || to);
  const rows = await db.read('checks/graph-edges-from-claims', {
    types: ['supports', 'opposes', 'negotiates'],
    kinds: null,
    minWeight: 1,
    from,
    to,
    undated,
    rollup: view.get('rollup') === 'true',
  });
  const contested = contestedPairs(rows as never[]);
  return rows.map((edge) => line({ ...edge, contested: contested.has(pairKey(edge.source as string, edge.target as string)) })).sort();
}

/** For each view where /api/graph differs from the recount: the view, and the edges only one of them has. */
export async function viewMismatches(db: Db, get: (path: string) => Promise<{ body: any }>): Promise<string[]> {
  const mismatches: string[] = [];
  for (const query of views) {
    const { body } = await get(`/api/graph?limit=5000&maxEdges=100000&${query}`);
    const served: string[] = body.edges.map(line).sort();
    const expected = await recounted(db, query);
    const onlyServed = served.filter((edge) => !expected.includes(edge));
    const onlyExpected = expected.filter((edge) => !served.includes(edge));
    if (onlyServed.length + onlyExpected.length > 0) mismatches.push(`${query || '(no view)'}: served ${onlyServed.join('; ')} | recounted ${onlyExpected.join('; ')}`);
  }
  return mismatches;
}
