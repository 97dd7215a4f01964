// An aggregated edge between two actors and the sentences of its claims.
MATCH (s:Actor {id: $source})-[e]->(t:Actor {id: $target})
WHERE type(e) = $relType
OPTIONAL MATCH (s)<-[:SOURCE]-(c:Claim {type: toLower($relType)})-[:TARGET]->(t)
RETURN e.weight AS weight, e.articles AS articles, e.first_seen AS first_seen, e.last_seen AS last_seen,
       collect(c.sentence) AS sentences
