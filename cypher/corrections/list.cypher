// Corrections, newest first ($active: only those not reverted, oldest first, for re-applying).
MATCH (c:Correction)
WHERE NOT $active OR c.reverted IS NULL
RETURN c {.id, .seq, .at, .action, .target, .payload, .summary, .note, .reverted, .fits} AS correction
ORDER BY CASE WHEN $active THEN c.seq ELSE -c.seq END
