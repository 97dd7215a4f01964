// How many corrections (curation) are in force: applied and not reverted. 0 while the database holds none.
OPTIONAL MATCH (c:Correction)
WHERE NOT coalesce(c.reverted, false)
RETURN count(c) AS corrections
