// Up to $limit aggregated edges stored before their month buckets were nodes (server/import/month-buckets.ts), for
// recount-edges to rebuild. Edges without any claim of their type (loaded from a Cypher export without claims) are
// left as they are.
MATCH (s:Actor)-[e:SUPPORTS|OPPOSES|NEGOTIATES]->(t:Actor)
WHERE e.outlet_names IS NULL
WITH s, t, e, toLower(type(e)) AS type
WHERE EXISTS { (s)<-[:SOURCE]-(c:Claim)-[:TARGET]->(t) WHERE c.type = type }
   OR type = 'negotiates' AND EXISTS { (t)<-[:SOURCE]-(c:Claim)-[:TARGET]->(s) WHERE c.type = type }
RETURN s.id AS source, type, t.id AS target
LIMIT $limit
