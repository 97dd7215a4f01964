// The claims an article, a sentence's text, two ends and a type identify (on the graph or rejected), with the
// names of their ends.
MATCH (a:Article {id: $key.article})<-[:FROM]-(c)
WHERE (c:Claim OR c:RejectedClaim) AND c.sentence = $key.sentence AND c.type = $key.type
MATCH (c)-[:SOURCE]->(s {id: $key.source}), (c)-[:TARGET]->(t {id: $key.target})
RETURN elementId(c) AS claim, c.status AS status, coalesce(c.rejected_by, []) AS rejectedBy,
       s.name AS sourceName, t.name AS targetName
