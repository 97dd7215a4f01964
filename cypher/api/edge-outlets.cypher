// The outlets of the stored edges between the actors of $ids: per edge, how many distinct sources its claims'
// articles have (articles without a source count as one unnamed outlet). Every relation type is counted, so that the
// caller also sees which pairs have both supports and opposes claims. negotiates is symmetric: its claims count for
// the edge from the smaller id to the larger.
UNWIND $ids AS id
MATCH (s:Actor {id: id})<-[:SOURCE]-(c:Claim)-[:TARGET]->(t:Actor)
WHERE t.id IN $ids
MATCH (c)-[:FROM]->(article:Article)
WITH CASE WHEN c.type = 'negotiates' AND t.id < s.id THEN [t.id, s.id] ELSE [s.id, t.id] END AS ends, c.type AS type, article
RETURN ends[0] AS source, type, ends[1] AS target, count(DISTINCT coalesce(article.source, '')) AS outlets
