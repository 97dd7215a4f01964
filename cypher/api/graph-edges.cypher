// The relation edges that pass the /api/graph filters: relation types, actor kinds (null: any), minimum weight.
MATCH (s:Actor)-[r:SUPPORTS|OPPOSES|NEGOTIATES]->(t:Actor)
WHERE toLower(type(r)) IN $types AND r.weight >= $minWeight
  AND ($kinds IS NULL OR (s.kind IN $kinds AND t.kind IN $kinds))
RETURN s.id + '|' + toLower(type(r)) + '|' + t.id AS id, s.id AS source, t.id AS target, toLower(type(r)) AS type,
       r.weight AS weight, r.claims AS claims, r.articles AS articles, r.first_seen AS first_seen, r.last_seen AS last_seen
