// Aggregated edges whose weight, article count or dates differ from a recount of their claims,
// and claimed pairs that lack their edge. Empty when the graph is consistent.
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
  WITH s, t, e, count(DISTINCT c) AS claims, count(DISTINCT a) AS articles, min(c.date) AS first, max(c.date) AS last
  WHERE e.weight <> claims OR e.claims <> claims OR e.articles <> articles
     OR coalesce(e.first_seen, '') <> coalesce(first, '') OR coalesce(e.last_seen, '') <> coalesce(last, '')
  RETURN s.id AS source, type(e) AS type, t.id AS target, e.weight AS weight, claims AS recount
  UNION
  MATCH (s:Actor)<-[:SOURCE]-(c:Claim)-[:TARGET]->(t:Actor)
  WITH s, t, c.type AS kind,
       CASE WHEN c.type = 'negotiates' AND t.id < s.id THEN [t, s] ELSE [s, t] END AS ends
  WITH DISTINCT ends[0] AS s, ends[1] AS t, kind
  WHERE NOT EXISTS { (s)-[e]->(t) WHERE type(e) = toUpper(kind) }
  RETURN s.id AS source, toUpper(kind) AS type, t.id AS target, 0 AS weight, -1 AS recount
}
RETURN source, type, target, weight, recount
