// Keeps a correction as a record; seq orders corrections as they were made (re-applied in that order).
OPTIONAL MATCH (last:Correction)
WITH coalesce(max(last.seq), 0) + 1 AS seq
CREATE (c:Correction {id: $id, seq: seq, at: $at, action: $action, target: $target, payload: $payload,
                      summary: $summary, note: $note, reverted: null, fits: $fits})
RETURN c.seq AS seq
