// Whether two actors have both supports and opposes claims between them (either direction) dated within [$from, $to]
// (null: open; "2024" ends on 2024-12-31), counted as graph-edges-from-claims.cypher counts them: with $rollup each
// person stands for the actor it is affiliated with (if any).
MATCH (s:Actor {id: $source}), (t:Actor {id: $target})
WITH s, t,
     [s] + CASE WHEN $rollup THEN [(p:Actor {kind: 'person'})-[:AFFILIATED_WITH]->(s) | p] ELSE [] END AS sourceSide,
     [t] + CASE WHEN $rollup THEN [(p:Actor {kind: 'person'})-[:AFFILIATED_WITH]->(t) | p] ELSE [] END AS targetSide
UNWIND sourceSide + targetSide AS a
MATCH (a)<-[:SOURCE]-(c:Claim)-[:TARGET]->(b:Actor)
WHERE c.type IN ['supports', 'opposes']
  AND ((a IN sourceSide AND b IN targetSide) OR (a IN targetSide AND b IN sourceSide))
  AND ($from IS NULL OR c.date >= $from)
  AND ($to IS NULL OR c.date < $to + '~')
WITH s, t, c,
     [end IN [a, b] |
       CASE WHEN $rollup AND end.kind = 'person' THEN coalesce(head([(end)-[:AFFILIATED_WITH]->(group:Actor) | group]), end) ELSE end END] AS ends
WHERE (ends[0] = s AND ends[1] = t) OR (ends[0] = t AND ends[1] = s)
RETURN count(DISTINCT c.type) = 2 AS contested
