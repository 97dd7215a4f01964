// The actors with the most claims at either end (the benchmark merges the first into the second).
MATCH (a:Actor)
RETURN a.id AS id, COUNT { (a)<-[:SOURCE|TARGET]-(:Claim) } AS claims
ORDER BY claims DESC, id
LIMIT 2
