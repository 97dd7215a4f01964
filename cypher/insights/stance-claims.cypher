// The dated supports and opposes claims between the actors of $ids, within [$from, $to] (null: open; "2024" ends on
// 2024-12-31), oldest first, each with its pair (a < b). With $rollup each person stands for the actor it is
// affiliated with (if any), as in graph-edges-from-claims.cypher.
MATCH (c:Claim)
WHERE c.type IN ['supports', 'opposes'] AND c.date IS NOT NULL
  AND ($from IS NULL OR c.date >= $from)
  AND ($to IS NULL OR c.date < $to + '~')
MATCH (c)-[:SOURCE]->(source:Actor), (c)-[:TARGET]->(target:Actor), (c)-[:FROM]->(article:Article)
WITH c, article,
     [end IN [source, target] |
       CASE WHEN $rollup AND end.kind = 'person' THEN coalesce(head([(end)-[:AFFILIATED_WITH]->(group:Actor) | group.id]), end.id) ELSE end.id END] AS ends
WHERE ends[0] <> ends[1] AND ends[0] IN $ids AND ends[1] IN $ids
RETURN CASE WHEN ends[0] < ends[1] THEN ends[0] ELSE ends[1] END AS a,
       CASE WHEN ends[0] < ends[1] THEN ends[1] ELSE ends[0] END AS b,
       c.type AS type, c.date AS date, c.id AS id
ORDER BY date, article.id, c.start
