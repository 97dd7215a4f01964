// The claims (on the graph or rejected) that have this actor node at either end.
MATCH (a)<-[:SOURCE|TARGET]-(c)
WHERE elementId(a) = $actor AND (c:Claim OR c:RejectedClaim)
RETURN collect(DISTINCT elementId(c)) AS claims
