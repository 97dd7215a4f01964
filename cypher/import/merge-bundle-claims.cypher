// The claims of an export bundle: created once (a claim is known by its id), linked to their actors and article.
UNWIND $rows AS row
MATCH (a:Article {id: row.article}), (s:Actor {id: row.source}), (t:Actor {id: row.target})
MERGE (c:Claim {id: row.id})
ON CREATE SET c.type = row.type, c.sentence = row.sentence, c.start = row.start, c.end = row.end,
              c.cue = row.cue, c.confidence = row.confidence, c.date = row.date
MERGE (c)-[:SOURCE]->(s)
MERGE (c)-[:TARGET]->(t)
MERGE (c)-[:FROM]->(a)
