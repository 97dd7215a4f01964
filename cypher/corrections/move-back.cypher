// Undoes move-actor: what the correction moved onto `from` goes back to `into`.
MATCH (from) WHERE elementId(from) = $from
MATCH (into) WHERE elementId(into) = $into
CALL (from, into) {
  MATCH (from)<-[r:SOURCE]-(c)
  WHERE last(r.merged) = $correction
  CREATE (c)-[back:SOURCE]->(into)
  SET back.merged = CASE WHEN size(r.merged) > 1 THEN r.merged[..-1] END
  DELETE r
}
CALL (from, into) {
  MATCH (from)<-[r:TARGET]-(c)
  WHERE last(r.merged) = $correction
  CREATE (c)-[back:TARGET]->(into)
  SET back.merged = CASE WHEN size(r.merged) > 1 THEN r.merged[..-1] END
  DELETE r
}
CALL (from, into) {
  MATCH (from)<-[m:MENTIONS]-(article)
  WHERE $correction IN m.merged
  WITH m, article, [i IN range(0, size(m.merged) - 1) WHERE m.merged[i] = $correction | m.merged_counts[i]] AS counts
  MERGE (article)-[back:MENTIONS]->(into)
  SET back.count = coalesce(back.count, 0) + reduce(total = 0, n IN counts | total + n),
      m.count = m.count - reduce(total = 0, n IN counts | total + n),
      m.merged_counts = [i IN range(0, size(m.merged) - 1) WHERE m.merged[i] <> $correction | m.merged_counts[i]],
      m.merged = [id IN m.merged WHERE id <> $correction]
  WITH m WHERE m.count <= 0
  DELETE m
}
CALL (from, into) {
  MATCH (from)<-[m:AFFILIATED_WITH]-(member)
  WHERE $correction IN m.merged
  MERGE (member)-[:AFFILIATED_WITH]->(into)
  DELETE m
}
RETURN count(*) AS moved
