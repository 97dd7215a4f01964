// The /api/graph edges of a view (date window, undated claims, roll-up), summed from the month buckets of the stored
// edges (server/import/month-buckets.ts) rather than recounted from every claim. A claim counts when its date is within
// [$from, $to] (null: open; partial ISO dates compare as strings and $to includes every date it prefixes), or when it
// is undated and $undated. A bucket is wholly in or out of a window bounded by years or months; the months in $partial
// (those a day-precise bound cuts) are counted from their claims instead. With $rollup each person is replaced by the
// actor it is affiliated with (if any), as the affiliations are now. `articles` is the sum over buckets (and over the
// stored edges a roll-up merges) of the distinct articles in each: the stored total when every claim counts and no roll-up
// merges edges. `outlets` is exact.
CALL () {
  // $whole (no window, undated claims counted): every bucket, so the edge's own totals
  MATCH (s:Actor)-[e:SUPPORTS|OPPOSES|NEGOTIATES]->(t:Actor)
  WHERE $whole OR ($from IS NULL OR e.last_seen >= $from) AND ($to IS NULL OR e.first_seen < $to + '~') OR ($undated AND '' IN coalesce(e.months, []))
  WITH s, t, e, CASE WHEN $whole THEN null ELSE [i IN range(0, size(coalesce(e.months, [])) - 1) WHERE
         CASE WHEN e.months[i] = '' THEN $undated
         ELSE NOT e.months[i] IN $partial AND ($from IS NULL OR e.months[i] >= $from) AND ($to IS NULL OR e.months[i] < $to + '~') END] END AS picked
  WHERE picked IS NULL OR size(picked) > 0
  WITH s, t, e, picked, [i IN picked | e.months[i]] AS months, [i IN picked WHERE e.months[i] <> ''] AS dated
  RETURN s, t, toLower(type(e)) AS type,
         CASE WHEN $whole THEN e.claims ELSE reduce(n = 0, i IN picked | n + e.month_claims[i]) END AS claims,
         CASE WHEN $whole THEN e.articles ELSE reduce(n = 0, i IN picked | n + e.month_articles[i]) END AS articles,
         CASE WHEN $whole THEN e.first_seen
         ELSE reduce(first = null, i IN dated | CASE WHEN first IS NULL OR e.month_first[i] < first THEN e.month_first[i] ELSE first END) END AS first,
         CASE WHEN $whole THEN e.last_seen
         ELSE reduce(last = null, i IN dated | CASE WHEN last IS NULL OR e.month_last[i] > last THEN e.month_last[i] ELSE last END) END AS last,
         [entry IN coalesce(e.month_outlets, []) WHERE $whole OR split(entry, '|')[0] IN months | substring(entry, size(split(entry, '|')[0]) + 1)] AS outlets
  UNION ALL
  UNWIND $partial AS month
  MATCH (c:Claim)
  WHERE c.date >= month AND c.date < month + '~' AND ($from IS NULL OR c.date >= $from) AND ($to IS NULL OR c.date < $to + '~')
  MATCH (c)-[:SOURCE]->(source:Actor), (c)-[:TARGET]->(target:Actor), (c)-[:FROM]->(article:Article)
  WITH month, c, article, CASE WHEN c.type = 'negotiates' AND target.id < source.id THEN [target, source] ELSE [source, target] END AS ends
  WITH month, ends[0] AS s, ends[1] AS t, c.type AS type, count(c) AS claims, count(DISTINCT article) AS articles,
       min(c.date) AS first, max(c.date) AS last, collect(DISTINCT coalesce(article.source, '')) AS outlets
  RETURN s, t, type, claims, articles, first, last, outlets
}
WITH type, claims, articles, first, last, outlets,
     [end IN [s, t] | CASE WHEN $rollup AND end.kind = 'person' THEN coalesce(head([(end)-[:AFFILIATED_WITH]->(group:Actor) | group]), end) ELSE end END] AS ends
// negotiates is symmetric: stored once per pair, from the smaller id to the larger
WITH type, claims, articles, first, last, outlets, CASE WHEN type = 'negotiates' AND ends[0].id > ends[1].id THEN [ends[1], ends[0]] ELSE ends END AS ends
WITH type, claims, articles, first, last, outlets, ends[0] AS s, ends[1] AS t
WHERE s <> t AND ($kinds IS NULL OR (s.kind IN $kinds AND t.kind IN $kinds))
WITH s, t, type, sum(claims) AS claims, sum(articles) AS articles, min(first) AS first_seen, max(last) AS last_seen,
     collect(outlets) AS outletLists
WITH s.id AS source, t.id AS target, type, claims, articles, first_seen, last_seen,
     COUNT { UNWIND outletLists AS list UNWIND list AS outlet RETURN DISTINCT outlet } AS outlets
// in columns ('' for a missing date), which the driver decodes much faster than a record per edge
RETURN collect(source) AS source, collect(target) AS target, collect(type) AS type, collect(claims) AS claims, collect(articles) AS articles,
       collect(coalesce(first_seen, '')) AS first_seen, collect(coalesce(last_seen, '')) AS last_seen, collect(outlets) AS outlets
