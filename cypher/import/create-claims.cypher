// One claim per evidence sentence, linked to its two actors and its article.
UNWIND $rows AS row
MATCH (a:Article {id: row.article}), (s:Actor {id: row.source}), (t:Actor {id: row.target})
CREATE (c:Claim {id: row.id, type: row.type, sentence: row.sentence, start: row.start, end: row.end,
                 cue: row.cue, confidence: row.confidence, date: row.date})
CREATE (c)-[:SOURCE]->(s), (c)-[:TARGET]->(t), (c)-[:FROM]->(a)
