// Recounts aggregated edges (totals and outlets) and their month buckets (see server/import/month-buckets.ts) from
// their claims, after claims were removed, moved or changed; an edge left with no claim goes, with its buckets.
// The buckets go by key first, so that those of an edge whose actor was retired go too.
UNWIND $rows AS row
CALL (row) {
  MATCH (b:EdgeMonth) WHERE b.key STARTS WITH row.source + '|' + row.type + '|' + row.target + '@'
  DELETE b
}
MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
OPTIONAL MATCH (s)-[old:$(toUpper(row.type))]->(t)
DELETE old
WITH DISTINCT s, t, row
CALL (s, t, row) {
  MATCH (s)<-[:SOURCE]-(c:Claim {type: row.type})-[:TARGET]->(t)
  RETURN c
  UNION
  MATCH (t)<-[:SOURCE]-(c:Claim {type: row.type})-[:TARGET]->(s)
  WHERE row.type = 'negotiates'
  RETURN c
}
MATCH (c)-[:FROM]->(a:Article)
WITH s, t, row, count(DISTINCT a) AS articles, collect([c, a]) AS evidence
UNWIND evidence AS pair
WITH s, t, row, articles, pair[0] AS c, pair[1] AS a
WITH s, t, row, articles, coalesce(left(c.date, 7), '') AS month,
     count(c) AS claims, count(DISTINCT a) AS monthArticles, min(c.date) AS first, max(c.date) AS last,
     collect(DISTINCT coalesce(a.source, '')) AS outlets
CREATE (:EdgeMonth {key: s.id + '|' + row.type + '|' + t.id + '@' + month, month: month, source: s.id, target: t.id, type: row.type,
                    claims: claims, articles: monthArticles, first: coalesce(first, ''), last: coalesce(last, ''), outlets: outlets})
WITH s, t, row, articles, sum(claims) AS claims, min(first) AS first, max(last) AS last, collect(outlets) AS monthOutlets
CREATE (s)-[:$(toUpper(row.type)) {
  weight: claims, claims: claims, articles: articles, first_seen: first, last_seen: last,
  outlet_names: COLLECT { UNWIND monthOutlets AS list UNWIND list AS outlet RETURN DISTINCT outlet }
}]->(t)
