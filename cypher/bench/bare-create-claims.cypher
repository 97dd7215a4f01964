// The benchmark's baseline: the same claim rows written with a bare UNWIND ... CREATE, no lookups, no aggregates.
UNWIND $rows AS row
CREATE (:BenchClaim {id: row.id, type: row.type, sentence: row.sentence, start: row.start, end: row.end,
                     cue: row.cue, confidence: row.confidence, date: row.date})
