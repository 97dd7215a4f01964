// Moves an actor's claims, mentions and members onto another node, each relationship remembering the
// correction that moved it (`merged`, last one last), so the correction can be undone.
MATCH (from) WHERE elementId(from) = $from
MATCH (into) WHERE elementId(into) = $into
CALL (from, into) {
  MATCH (from)<-[r:SOURCE]-(c)
  CREATE (c)-[:SOURCE {merged: coalesce(r.merged, []) + $correction}]->(into)
  DELETE r
}
CALL (from, into) {
  MATCH (from)<-[r:TARGET]-(c)
  CREATE (c)-[:TARGET {merged: coalesce(r.merged, []) + $correction}]->(into)
  DELETE r
}
CALL (from, into) {
  MATCH (from)<-[r:MENTIONS]-(article)
  MERGE (article)-[m:MENTIONS]->(into)
  SET m.count = coalesce(m.count, 0) + r.count,
      m.merged = coalesce(m.merged, []) + $correction,
      m.merged_counts = coalesce(m.merged_counts, []) + r.count
  DELETE r
}
CALL (from, into) {
  MATCH (from)<-[r:AFFILIATED_WITH]-(member)
  WHERE member <> into
  MERGE (member)-[m:AFFILIATED_WITH]->(into)
    ON CREATE SET m.merged = [$correction]
  DELETE r
}
RETURN count(*) AS moved
