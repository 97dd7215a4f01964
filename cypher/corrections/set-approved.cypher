// Marks claims as approved by a reviewer (they leave the review queue), or clears the mark.
UNWIND $claims AS claim
MATCH (c)
WHERE elementId(c) = claim
SET c.approved = CASE WHEN $approved THEN true END
RETURN count(c) AS claims
