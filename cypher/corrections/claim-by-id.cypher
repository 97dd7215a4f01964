// A claim (on the graph or rejected) by its id, with what identifies it across re-extractions.
CALL () {
  MATCH (c:Claim {id: $id}) RETURN c
  UNION
  MATCH (c:RejectedClaim {id: $id}) RETURN c
}
MATCH (c)-[:FROM]->(a:Article), (c)-[:SOURCE]->(s), (c)-[:TARGET]->(t)
RETURN elementId(c) AS claim, c:RejectedClaim AS rejected, c.status AS status,
       {article: a.id, sentence: c.sentence, source: s.id, target: t.id, type: c.type} AS key
