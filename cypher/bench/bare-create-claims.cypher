// The benchmark's baseline: the same claim rows with their three relationships (to their two actors and
// their article), written with a bare UNWIND ... CREATE: no constraint or index on the label, no aggregates.
UNWIND $rows AS row
MATCH (a:Article {id: row.article}), (s:Actor {id: row.source}), (t:Actor {id: row.target})
CREATE (c:BenchClaim {id: row.id, type: row.type, sentence: row.sentence, start: row.start, end: row.end,
                      cue: row.cue, confidence: row.confidence, date: row.date})
CREATE (c)-[:SOURCE]->(s), (c)-[:TARGET]->(t), (c)-[:FROM]->(a)
