// Fixes claims: their type and either end (null: unchanged), and their status.
UNWIND $claims AS claim
MATCH (c)
WHERE elementId(c) = claim
SET c.type = coalesce($type, c.type), c.status = $status
WITH c
CALL (c) {
  WITH c WHERE $source IS NOT NULL
  MATCH (c)-[old:SOURCE]->()
  MATCH (s:Actor {id: $source})
  DELETE old
  CREATE (c)-[:SOURCE]->(s)
}
CALL (c) {
  WITH c WHERE $target IS NOT NULL
  MATCH (c)-[old:TARGET]->()
  MATCH (t:Actor {id: $target})
  DELETE old
  CREATE (c)-[:TARGET]->(t)
}
RETURN count(c) AS claims
