// Adds and removes the corrections that keep claims off the graph ($remove null: all of them). A claim some
// correction rejects is a :RejectedClaim, which no reader and no edge recount sees; else it is a :Claim.
UNWIND $claims AS claim
MATCH (c)
WHERE elementId(c) = claim
WITH c, [id IN coalesce(c.rejected_by, []) WHERE $remove IS NOT NULL AND NOT id IN $remove AND NOT id IN $add] + $add AS by
SET c.rejected_by = CASE WHEN size(by) = 0 THEN null ELSE by END
FOREACH (_ IN CASE WHEN size(by) > 0 THEN [1] ELSE [] END | SET c:RejectedClaim REMOVE c:Claim)
FOREACH (_ IN CASE WHEN size(by) = 0 THEN [1] ELSE [] END | SET c:Claim REMOVE c:RejectedClaim)
RETURN count(c) AS claims
