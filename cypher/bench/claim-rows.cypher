// The stored claims of these articles as the importer's claim rows, for the benchmark's bare write.
UNWIND $ids AS id
MATCH (a:Article {id: id})<-[:FROM]-(c:Claim)-[:SOURCE]->(s:Actor)
MATCH (c)-[:TARGET]->(t:Actor)
RETURN c.id AS id, a.id AS article, s.id AS source, t.id AS target, c.type AS type, c.sentence AS sentence,
       c.start AS start, c.end AS end, c.cue AS cue, c.confidence AS confidence, c.date AS date
