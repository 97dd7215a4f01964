// Adds a batch of new claims to the aggregated SUPPORTS / OPPOSES / NEGOTIATES edges.
UNWIND $rows AS row
MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
MERGE (s)-[e:$(row.relType)]->(t)
  ON CREATE SET e.weight = 0, e.claims = 0, e.articles = 0
SET e.claims = e.claims + row.claims,
    e.weight = e.weight + row.claims,
    e.articles = e.articles + row.articles,
    e.first_seen = CASE WHEN e.first_seen IS NULL OR row.first < e.first_seen THEN row.first ELSE e.first_seen END,
    e.last_seen = CASE WHEN e.last_seen IS NULL OR row.last > e.last_seen THEN row.last ELSE e.last_seen END
