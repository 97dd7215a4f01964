// The heaviest relation edges (of $types, weight ≥ $minWeight) between the actors of $ids: at most $maxEdges + 1,
// so that the caller sees whether more exist. Each stored edge is read once, from its start node.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH collect(a) AS shown
UNWIND shown AS s
MATCH (s)-[r:SUPPORTS|OPPOSES|NEGOTIATES]->(t)
WHERE t IN shown AND toLower(type(r)) IN $types AND r.weight >= $minWeight
WITH s, r, t ORDER BY r.weight DESC, elementId(r) LIMIT $maxEdges + 1
RETURN s.id + '|' + toLower(type(r)) + '|' + t.id AS id, s.id AS source, t.id AS target, toLower(type(r)) AS type,
       r.weight AS weight, r.claims AS claims, r.articles AS articles, r.first_seen AS first_seen, r.last_seen AS last_seen
