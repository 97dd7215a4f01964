// The earliest and latest claim dates (ISO strings, possibly partial), read from the claim_date index.
OPTIONAL CALL () { MATCH (c:Claim) WHERE c.date IS NOT NULL RETURN c.date AS min ORDER BY c.date ASC LIMIT 1 }
OPTIONAL CALL () { MATCH (c:Claim) WHERE c.date IS NOT NULL RETURN c.date AS max ORDER BY c.date DESC LIMIT 1 }
RETURN min, max
