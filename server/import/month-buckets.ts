/**
 * The month buckets of the aggregated edges, so that a date window or roll-up is summed from them instead of
 * recounted from every claim. One `(:EdgeMonth)` node per stored edge and month, not linked to anything (so no
 * traversal of the actor graph meets it), found by its `key` (the edge's id and the month, unique) or by its
 * `month` (indexed, for windows): `month` is the claim date's first seven characters (`YYYY-MM`, or `YYYY` for a
 * year-only date, '' for undated claims), with `claims`, `articles` (distinct), `first` / `last` (earliest and latest
 * claim date, '' when undated) and `outlets` (the distinct sources of its articles, '' for articles without one).
 * An import batch adds to the buckets it touches, a write that stays the same size however long the edge's
 * history; cypher/import/recount-edges.cypher rebuilds an edge's buckets from its claims.
 */

export interface MonthBucket {
  key: string;
  month: string;
  source: string;
  target: string;
  type: string;
  claims: number;
  articles: number;
  first: string;
  last: string;
  outlets: string[];
}

/** The bucket a claim dated `date` counts in. */
export function monthOf(date: string | null): string {
  return date === null ? '' : date.slice(0, 7);
}

/** The key of an edge's bucket: the edge's id (`source|type|target`, as the API names edges) and the month. */
function bucketKey(edgeId: string, month: string): string {
  return `${edgeId}@${month}`;
}

interface Bucket {
  claims: number;
  articles: Set<string>;
  first: string;
  last: string;
  outlets: Set<string>;
}

/** Collects the claims of one edge in one import batch into its buckets. */
export class BucketCounter {
  private readonly buckets = new Map<string, Bucket>();

  add(date: string | null, article: string, outlet: string | null): void {
    const month = monthOf(date);
    const day = date ?? '';
    const bucket = this.buckets.get(month) ?? { claims: 0, articles: new Set<string>(), first: day, last: day, outlets: new Set<string>() };
    bucket.claims += 1;
    bucket.articles.add(article);
    if (day < bucket.first) bucket.first = day;
    if (day > bucket.last) bucket.last = day;
    bucket.outlets.add(outlet ?? '');
    this.buckets.set(month, bucket);
  }

  /** Over every bucket: claims, distinct articles, earliest and latest claim date (null if all undated), distinct outlets. */
  totals(): { claims: number; articles: number; first: string | null; last: string | null; outlets: string[] } {
    const buckets = [...this.buckets.values()];
    const days = [...this.buckets].filter(([month]) => month !== '').flatMap(([, bucket]) => [bucket.first, bucket.last]).sort();
    return {
      claims: buckets.reduce((sum, bucket) => sum + bucket.claims, 0),
      articles: new Set(buckets.flatMap((bucket) => [...bucket.articles])).size,
      first: days[0] ?? null,
      last: days.at(-1) ?? null,
      outlets: [...new Set(buckets.flatMap((bucket) => [...bucket.outlets]))],
    };
  }

  /** One row per month, for the edge `source -type-> target`. */
  rows(edge: { source: string; type: string; target: string }): MonthBucket[] {
    const edgeId = `${edge.source}|${edge.type}|${edge.target}`;
    return [...this.buckets].map(([month, bucket]) => ({
      key: bucketKey(edgeId, month),
      month,
      ...edge,
      claims: bucket.claims,
      articles: bucket.articles.size,
      first: bucket.first,
      last: bucket.last,
      outlets: [...bucket.outlets],
    }));
  }
}
