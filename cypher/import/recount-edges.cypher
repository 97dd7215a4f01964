// Recounts aggregated edges, totals and month buckets (see server/import/month-buckets.ts), from their claims
// (after claims were removed or changed); an edge left with no claim goes.
UNWIND $rows AS row
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
ORDER BY month
WITH s, t, row, articles, collect(month) AS months, collect(claims) AS monthClaims, collect(monthArticles) AS monthArticles,
     collect(coalesce(first, '')) AS monthFirst, collect(coalesce(last, '')) AS monthLast,
     collect([outlet IN outlets | month + '|' + outlet]) AS monthOutlets, sum(claims) AS claims, min(first) AS first, max(last) AS last
CREATE (s)-[:$(toUpper(row.type)) {
  weight: claims, claims: claims, articles: articles, first_seen: first, last_seen: last,
  months: months, month_claims: monthClaims, month_articles: monthArticles, month_first: monthFirst, month_last: monthLast,
  month_outlets: reduce(all = [], outlets IN monthOutlets | all + outlets)
}]->(t)
