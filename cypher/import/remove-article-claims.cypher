// Removes the claims (rejected ones too) and mentions of articles whose text changed, and returns the edges
// they fed, so that those edges can be recounted; corrections are then applied again to the new claims.
UNWIND $ids AS id
MATCH (a:Article {id: id})
OPTIONAL MATCH (a)-[m:MENTIONS]->()
DELETE m
WITH DISTINCT a
MATCH (a)<-[:FROM]-(c)-[:SOURCE]->(s), (c)-[:TARGET]->(t)
WHERE c:Claim OR c:RejectedClaim
WITH c, c.type AS type,
     CASE WHEN c.type = 'negotiates' AND t.id < s.id THEN t.id ELSE s.id END AS source,
     CASE WHEN c.type = 'negotiates' AND t.id < s.id THEN s.id ELSE t.id END AS target
DETACH DELETE c
RETURN DISTINCT source, type, target
