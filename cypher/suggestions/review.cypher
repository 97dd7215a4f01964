// Claims below a confidence that nobody has reviewed, those that change the graph most first: a claim that alone
// carries its edge before one of many, then the least confident.
MATCH (c:Claim)
WHERE c.confidence < $maxConfidence AND c.status IS NULL AND c.approved IS NULL
MATCH (c)-[:SOURCE]->(s:Actor), (c)-[:TARGET]->(t:Actor), (c)-[:FROM]->(article:Article)
WITH c, s, t, article, CASE WHEN c.type = 'negotiates' AND t.id < s.id THEN [t, s] ELSE [s, t] END AS ends
WITH c, s, t, article, ends[0] AS from, ends[1] AS to
MATCH (from)-[e]->(to)
WHERE type(e) = toUpper(c.type)
RETURN c {.id, .type, .sentence, .start, .end, .cue, .confidence, .date, .status,
          source: s {.id, .name}, target: t {.id, .name}, article: article {.id, .title, .date, .file},
          edgeWeight: e.weight} AS claim
ORDER BY e.weight, c.confidence, c.id
LIMIT $limit
