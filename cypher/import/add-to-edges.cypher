// Adds a batch of new claims to the totals of the aggregated SUPPORTS / OPPOSES / NEGOTIATES edges: a batch's
// articles are new, so counts add up. `outlet_names`: the distinct sources of the edge's articles.
// One MERGE per static type: with a static type Neo4j walks only that type's relationships of a
// busy actor, where a dynamic $(type) would walk all of them (every claim and mention).
UNWIND $rows AS row
MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
CALL (s, t, row) {
  WITH * WHERE row.type = 'supports'
  MERGE (s)-[e:SUPPORTS]->(t)
  RETURN e
  UNION
  WITH * WHERE row.type = 'opposes'
  MERGE (s)-[e:OPPOSES]->(t)
  RETURN e
  UNION
  WITH * WHERE row.type = 'negotiates'
  MERGE (s)-[e:NEGOTIATES]->(t)
  RETURN e
}
SET e.claims = coalesce(e.claims, 0) + row.claims,
    e.weight = coalesce(e.weight, 0) + row.claims,
    e.articles = coalesce(e.articles, 0) + row.articles,
    e.first_seen = CASE WHEN e.first_seen IS NULL OR row.first < e.first_seen THEN row.first ELSE e.first_seen END,
    e.last_seen = CASE WHEN e.last_seen IS NULL OR row.last > e.last_seen THEN row.last ELSE e.last_seen END,
    e.outlet_names = coalesce(e.outlet_names, []) + [outlet IN row.outlets WHERE NOT outlet IN coalesce(e.outlet_names, [])]
