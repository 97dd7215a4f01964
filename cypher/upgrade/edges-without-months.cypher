// Up to $limit aggregated edges without month buckets (imported before they existed), for recount-edges to fill.
MATCH (s:Actor)-[e:SUPPORTS|OPPOSES|NEGOTIATES]->(t:Actor)
WHERE e.months IS NULL
RETURN s.id AS source, toLower(type(e)) AS type, t.id AS target
LIMIT $limit
