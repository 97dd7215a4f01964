// The claims between the given actors (of the given types, dated within [$from, $to] when given) and their articles.
UNWIND $ids AS id
MATCH (s:Actor {id: id})<-[:SOURCE]-(c:Claim)-[:TARGET]->(t:Actor)
WHERE t.id IN $ids AND c.type IN $types
  AND CASE WHEN c.date IS NULL THEN $undated
      ELSE ($from IS NULL OR c.date >= $from) AND ($to IS NULL OR c.date < $to + '~') END
MATCH (c)-[:FROM]->(a:Article)
RETURN c {.id, .type, .sentence, .start, .end, .cue, .confidence, .date, .status, source: s.id, target: t.id, article: a.id} AS claim,
       a {.id, .title, .date, .source, .file, .url} AS article
ORDER BY c.id
