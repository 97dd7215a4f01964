// The /api/graph of a view (date window, undated claims, roll-up, contested pairs, several outlets): its edges summed
// from the stored edges or their month buckets (server/import/month-buckets.ts) rather than recounted from every claim,
// then ranked and cut here, so that only what is shown leaves Neo4j. A claim counts when its date is within
// [$from, $to] (null: open; partial ISO dates compare as strings and $to includes every date it prefixes), or when it
// is undated and $undated. A bucket is wholly in or out of a window bounded by years or months; the months in $partial
// (those a day-precise bound cuts) are counted from their claims instead. With $rollup each person is replaced by the
// actor it is affiliated with (if any), as the affiliations are now. `articles` is the sum over buckets (and over the
// stored edges a roll-up merges) of the distinct articles in each: the stored total when every claim counts and no roll-up
// merges edges. `outlets` is exact. A pair is contested when it has both supports and opposes edges in the view,
// whatever $types are shown.
// Shown actors: with $among, those ids; else the $limit most connected (ties by id). Returns their ids, how many
// actors and edges pass the filters, and the heaviest edges among the shown actors, at most $maxEdges + 1 so that the
// caller sees whether more exist. Equal weights come in the order the query meets them (sorting 20,000 edges by
// their ids as well cost a tenth of the roll-up's time).
CALL () {
  // $whole (no window, undated claims counted): the stored edges' own totals
  MATCH (s:Actor)-[e:SUPPORTS|OPPOSES|NEGOTIATES]->(t:Actor)
  WHERE $whole
  RETURN s, t, toLower(type(e)) AS type, e.claims AS claims, e.articles AS articles, e.first_seen AS first, e.last_seen AS last,
         coalesce(e.outlet_names, []) AS outlets
  UNION ALL
  // a window: the buckets wholly in it (found through the month index), summed per edge
  CALL () {
    MATCH (b:EdgeMonth)
    // with $whole, an empty range: a filter on $whole alone would come after the index seek
    WHERE b.month >= CASE WHEN $whole THEN '~' ELSE coalesce($from, '0') END AND b.month < coalesce($to + '~', '~')
      AND NOT b.month IN $partial
    RETURN b
    UNION ALL
    MATCH (b:EdgeMonth {month: ''})
    WHERE NOT $whole AND $undated
    RETURN b
  }
  WITH b.source AS source, b.target AS target, b.type AS type, sum(b.claims) AS claims, sum(b.articles) AS articles,
       min(CASE WHEN b.month <> '' THEN b.first END) AS first, max(CASE WHEN b.month <> '' THEN b.last END) AS last,
       collect(b.outlets) AS outletLists
  MATCH (s:Actor {id: source}), (t:Actor {id: target})
  RETURN s, t, type, claims, articles, first, last, reduce(all = [], list IN outletLists | all + [outlet IN list WHERE NOT outlet IN all]) AS outlets
  UNION ALL
  // the months a day-precise bound cuts, from their claims
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
WITH s.id AS source, t.id AS target, type, sum(claims) AS claims, sum(articles) AS articles, min(first) AS first_seen, max(last) AS last_seen,
     collect(outlets) AS outletLists
// An edge from here on is a list, lighter than a map:
// [source, target, type, claims, articles, first_seen, last_seen, outlets, contested] ('' for a missing date).
WITH CASE WHEN source < target THEN source + '|' + target ELSE target + '|' + source END AS pair,
     // each branch above gives an edge's outlets without repeats, so one list needs no DISTINCT
     collect([source, target, type, claims, articles, coalesce(first_seen, ''), coalesce(last_seen, ''),
              CASE WHEN size(outletLists) = 1 THEN size(outletLists[0]) ELSE COUNT { UNWIND outletLists AS list UNWIND list AS outlet RETURN DISTINCT outlet } END]) AS pairEdges
WITH pairEdges, any(edge IN pairEdges WHERE edge[2] = 'supports') AND any(edge IN pairEdges WHERE edge[2] = 'opposes') AS contested
UNWIND pairEdges AS edge
WITH edge + contested AS edge
WHERE edge[2] IN $types AND edge[3] >= $minWeight AND edge[7] >= $minOutlets AND (edge[8] OR NOT $contested)
  AND ($among IS NULL OR (edge[0] IN $among AND edge[1] IN $among))
ORDER BY edge[3] DESC
// One aggregation gives both the degrees (per actor id) and every edge in that order (under the null key), so that no
// sort meets a row that carries a list of edges: Neo4j counts such a list against the memory limit once for every row.
UNWIND [edge[0], edge[1], null] AS id
WITH id, count(*) AS degree, collect(CASE WHEN id IS NULL THEN edge END) AS edges
ORDER BY degree DESC, id
WITH collect(id) AS ranked, head(collect(CASE WHEN id IS NULL THEN edges END)) AS edges
WITH size(ranked) AS connected, coalesce(edges, []) AS edges, coalesce($among, ranked[0..$limit]) AS shown
RETURN shown AS ids, connected, size(edges) AS edges,
       CASE WHEN $among IS NULL AND size(shown) = connected THEN edges ELSE [edge IN edges WHERE edge[0] IN shown AND edge[1] IN shown] END[0..$maxEdges + 1] AS cut
