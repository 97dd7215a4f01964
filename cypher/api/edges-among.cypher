// The heaviest relation edges (of $types, weight ≥ $minWeight) between the actors of $ids: at most $maxEdges + 1,
// so that the caller sees whether more exist. Each stored edge is read once, from its start node (`t.id IN $ids`
// tests a parameter list, a hash set lookup). With each, its outlets (how many distinct sources its articles have)
// and whether the pair is contested (has both supports and opposes edges).
UNWIND $ids AS id
MATCH (s:Actor {id: id})-[r:SUPPORTS|OPPOSES|NEGOTIATES]->(t:Actor)
WHERE t.id IN $ids AND toLower(type(r)) IN $types AND r.weight >= $minWeight
WITH s, r, t ORDER BY r.weight DESC, elementId(r) LIMIT $maxEdges + 1
RETURN s.id + '|' + toLower(type(r)) + '|' + t.id AS id, s.id AS source, t.id AS target, toLower(type(r)) AS type,
       r.weight AS weight, r.claims AS claims, r.articles AS articles, r.first_seen AS first_seen, r.last_seen AS last_seen,
       size(coalesce(r.outlet_names, [])) AS outlets,
       EXISTS { (s)-[:SUPPORTS]-(t) } AND EXISTS { (s)-[:OPPOSES]-(t) } AS contested
