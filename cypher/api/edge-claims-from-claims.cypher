// One relation edge recomputed from the claims as /api/graph recomputes it (see graph-edges-from-claims.cypher),
// and the claims it is counted from, oldest first: only claims dated within [$from, $to] (null: open; "2024" ends
// on 2024-12-31), and with $rollup each person stands for the actor it is affiliated with (if any).
// No row when no claim makes that edge (an affiliated person is no end of a rolled-up edge).
MATCH (s:Actor {id: $source}), (t:Actor {id: $target})
WHERE s <> t AND $type IN ['supports', 'opposes', 'negotiates']
// The actors whose claims may count for each end: the end itself and, rolled up, the persons affiliated with it.
WITH s, t,
     [s] + CASE WHEN $rollup THEN [(p:Actor {kind: 'person'})-[:AFFILIATED_WITH]->(s) | p] ELSE [] END AS sourceSide,
     [t] + CASE WHEN $rollup THEN [(p:Actor {kind: 'person'})-[:AFFILIATED_WITH]->(t) | p] ELSE [] END AS targetSide
CALL (sourceSide, targetSide) {
  UNWIND sourceSide AS a
  MATCH (a)<-[:SOURCE]-(c:Claim)-[:TARGET]->(b:Actor)
  WHERE c.type = $type AND b IN targetSide
  RETURN c, a AS cs, b AS ct
  UNION
  // negotiates is symmetric: claims in the other direction count too
  UNWIND targetSide AS a
  MATCH (a)<-[:SOURCE]-(c:Claim)-[:TARGET]->(b:Actor)
  WHERE $type = 'negotiates' AND c.type = $type AND b IN sourceSide
  RETURN c, a AS cs, b AS ct
}
WITH s, t, c, cs, ct
WHERE CASE WHEN c.date IS NULL THEN $undated
      ELSE ($from IS NULL OR c.date >= $from) AND ($to IS NULL OR c.date < $to + '~') END
// The ends the graph counts the claim on (the same expression as graph-edges-from-claims.cypher).
WITH s, t, c, cs, ct,
     [end IN [cs, ct] |
       CASE WHEN $rollup AND end.kind = 'person' THEN coalesce(head([(end)-[:AFFILIATED_WITH]->(group:Actor) | group]), end) ELSE end END] AS ends
WITH s, t, c, cs, ct, CASE WHEN c.type = 'negotiates' AND ends[0].id > ends[1].id THEN [ends[1], ends[0]] ELSE ends END AS ends
WHERE ends[0] = s AND ends[1] = t
MATCH (c)-[:FROM]->(article:Article)
WITH s, t, c, cs, ct, article
ORDER BY coalesce(c.date, ''), article.id, c.start
WITH s, t, count(c) AS claims, count(DISTINCT article) AS articles, min(c.date) AS first_seen, max(c.date) AS last_seen,
     count(DISTINCT coalesce(article.source, '')) AS outlets,
     collect(c {.id, .type, .sentence, .start, .end, .cue, .confidence, .date, .status,
                source: cs {.id, .name}, target: ct {.id, .name},
                article: article {.id, .title, .date, .source, .file, opening: CASE WHEN article.title IS NULL THEN left(article.text, 200) END}}) AS evidence
RETURN {id: s.id + '|' + $type + '|' + t.id, source: s.id, target: t.id, type: $type,
        weight: claims, claims: claims, articles: articles, first_seen: first_seen, last_seen: last_seen, outlets: outlets} AS edge,
       evidence[..$limit] AS claims
