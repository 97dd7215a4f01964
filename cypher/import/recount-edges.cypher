// Recounts aggregated edges from their claims (after claims were removed); an edge left with no claim goes.
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
WITH s, t, row, count(DISTINCT c) AS claims, count(DISTINCT a) AS articles, min(c.date) AS first, max(c.date) AS last
CREATE (s)-[:$(toUpper(row.type)) {weight: claims, claims: claims, articles: articles, first_seen: first, last_seen: last}]->(t)
