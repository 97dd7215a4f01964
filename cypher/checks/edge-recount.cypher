// Aggregated edges whose weight, article count, dates, outlets or month buckets differ from a recount of their claims,
// claimed pairs that lack their edge, and month buckets without their edge. Empty when the graph is consistent.
CALL () {
  MATCH (s:Actor)-[e:SUPPORTS|OPPOSES|NEGOTIATES]->(t:Actor)
  WITH s, t, e, toLower(type(e)) AS kind
  CALL (s, t, kind) {
    MATCH (s)<-[:SOURCE]-(c:Claim {type: kind})-[:TARGET]->(t)
    RETURN c
    UNION
    MATCH (t)<-[:SOURCE]-(c:Claim {type: kind})-[:TARGET]->(s)
    WHERE kind = 'negotiates'
    RETURN c
  }
  MATCH (c)-[:FROM]->(a:Article)
  WITH s, t, e, kind, count(DISTINCT c) AS claims, count(DISTINCT a) AS articles, min(c.date) AS first, max(c.date) AS last, collect([c, a]) AS evidence
  // the month buckets (server/import/month-buckets.ts), each as one string, compared in any order
  CALL (evidence) {
    UNWIND evidence AS pair
    WITH pair[0] AS c, pair[1] AS a
    WITH coalesce(left(c.date, 7), '') AS month, count(c) AS claims, count(DISTINCT a) AS articles, min(c.date) AS first, max(c.date) AS last,
         collect(DISTINCT coalesce(a.source, '')) AS outlets
    RETURN collect(month + ' ' + claims + ' ' + articles + ' ' + coalesce(first, '') + ' ' + coalesce(last, '')) AS buckets,
           reduce(all = [], bucket IN collect([outlet IN outlets | month + '|' + outlet]) | all + bucket) AS outlets
  }
  WITH s, t, e, kind, claims, articles, first, last, buckets, outlets,
       COLLECT { MATCH (b:EdgeMonth) WHERE b.key STARTS WITH s.id + '|' + kind + '|' + t.id + '@'
                 RETURN b.month + ' ' + b.claims + ' ' + b.articles + ' ' + b.first + ' ' + b.last } AS stored,
       COLLECT { MATCH (b:EdgeMonth) WHERE b.key STARTS WITH s.id + '|' + kind + '|' + t.id + '@'
                 UNWIND b.outlets AS outlet RETURN b.month + '|' + outlet } AS storedOutlets
  WHERE e.weight <> claims OR e.claims <> claims OR e.articles <> articles
     OR coalesce(e.first_seen, '') <> coalesce(first, '') OR coalesce(e.last_seen, '') <> coalesce(last, '')
     OR size(stored) <> size(buckets) OR any(bucket IN buckets WHERE NOT bucket IN stored)
     OR size(storedOutlets) <> size(outlets) OR any(outlet IN outlets WHERE NOT outlet IN storedOutlets)
     OR size(coalesce(e.outlet_names, [])) <> size(COLLECT { UNWIND outlets AS entry RETURN DISTINCT substring(entry, size(split(entry, '|')[0]) + 1) })
  RETURN s.id AS source, type(e) AS type, t.id AS target, e.weight AS weight, claims AS recount
  UNION
  MATCH (s:Actor)<-[:SOURCE]-(c:Claim)-[:TARGET]->(t:Actor)
  WITH s, t, c.type AS kind,
       CASE WHEN c.type = 'negotiates' AND t.id < s.id THEN [t, s] ELSE [s, t] END AS ends
  WITH DISTINCT ends[0] AS s, ends[1] AS t, kind
  WHERE NOT EXISTS { (s)-[e]->(t) WHERE type(e) = toUpper(kind) }
  RETURN s.id AS source, toUpper(kind) AS type, t.id AS target, 0 AS weight, -1 AS recount
  UNION
  MATCH (b:EdgeMonth)
  WHERE NOT EXISTS { MATCH (s:Actor {id: b.source})-[e]->(t:Actor {id: b.target}) WHERE type(e) = toUpper(b.type) }
  RETURN b.source AS source, toUpper(b.type) AS type, b.target AS target, -1 AS weight, 0 AS recount
}
RETURN source, type, target, weight, recount
