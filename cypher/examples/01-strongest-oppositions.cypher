// The ten strongest oppositions: who opposes whom in the most claims.
MATCH (a:Actor)-[r:OPPOSES]->(b:Actor)
RETURN a, r, b
ORDER BY r.weight DESC
LIMIT 10
