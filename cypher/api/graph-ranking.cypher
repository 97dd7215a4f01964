// The /api/graph ranking over the stored edges: the ids of the $limit most connected actors (ties by id), how many
// actors have a relation that passes the filters (relation types, kinds of both ends (null: any), minimum weight)
// and how many such edges there are (each edge adds 2 to the degree sum).
CALL () {
  // No weight or kind filter: degrees from Neo4j's degree store, constant time even on hubs.
  MATCH (a:Actor)
  WHERE $minWeight <= 1 AND $kinds IS NULL
  WITH a, CASE WHEN 'supports' IN $types THEN COUNT { (a)-[:SUPPORTS]-() } ELSE 0 END
        + CASE WHEN 'opposes' IN $types THEN COUNT { (a)-[:OPPOSES]-() } ELSE 0 END
        + CASE WHEN 'negotiates' IN $types THEN COUNT { (a)-[:NEGOTIATES]-() } ELSE 0 END AS degree
  WHERE degree > 0
  RETURN a, degree
UNION ALL
  // Filtered: one pass over the edges.
  MATCH (s:Actor)-[r:SUPPORTS|OPPOSES|NEGOTIATES]->(t:Actor)
  WHERE NOT ($minWeight <= 1 AND $kinds IS NULL)
    AND toLower(type(r)) IN $types AND r.weight >= $minWeight AND ($kinds IS NULL OR (s.kind IN $kinds AND t.kind IN $kinds))
  UNWIND [s, t] AS a
  RETURN a, count(*) AS degree
}
WITH a, degree ORDER BY degree DESC, a.id
WITH collect(a.id) AS ranked, sum(degree) / 2 AS edges
RETURN ranked[0..$limit] AS ids, size(ranked) AS connected, edges
