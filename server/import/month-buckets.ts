/**
 * The month buckets an aggregated edge keeps next to its totals, so that a date window or roll-up is summed from the
 * edges instead of recounted from every claim. Parallel lists, one entry per bucket: `months` (the claim date's first
 * seven characters, `YYYY-MM`, or `YYYY` for a year-only date, '' for undated claims), `month_claims`,
 * `month_articles` (distinct articles in the bucket), `month_first` / `month_last` (earliest and latest claim date in
 * it, '' when undated); and `month_outlets`, one `bucket|source` string per distinct article source in a bucket ('' for
 * articles without one). cypher/import/recount-edges.cypher computes the same lists from the claims.
 */

export interface MonthBuckets {
  months: string[];
  month_claims: number[];
  month_articles: number[];
  month_first: string[];
  month_last: string[];
  month_outlets: string[];
}

/** The bucket a claim dated `date` counts in. */
export function monthOf(date: string | null): string {
  return date === null ? '' : date.slice(0, 7);
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

  lists(): MonthBuckets {
    const entries = [...this.buckets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
      months: entries.map(([month]) => month),
      month_claims: entries.map(([, bucket]) => bucket.claims),
      month_articles: entries.map(([, bucket]) => bucket.articles.size),
      month_first: entries.map(([, bucket]) => bucket.first),
      month_last: entries.map(([, bucket]) => bucket.last),
      month_outlets: entries.flatMap(([month, bucket]) => [...bucket.outlets].map((outlet) => `${month}|${outlet}`)),
    };
  }
}
