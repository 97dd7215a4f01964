// One correction by id.
MATCH (c:Correction {id: $id})
RETURN c {.id, .seq, .at, .action, .target, .payload, .summary, .note, .reverted, .fits} AS correction
