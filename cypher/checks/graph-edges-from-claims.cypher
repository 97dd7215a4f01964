// The /api/graph edges recomputed from the claims: only claims dated within [$from, $to] (null: open;
// partial ISO dates compare as strings and $to includes every date it prefixes, so "2024" ends on 2024-12-31),
// and with $rollup each person is replaced by the actor it is affiliated with (if any).
MATCH (c:Claim)
WHERE c.type IN $types
  AND CASE WHEN c.date IS NULL THEN $undated
      ELSE ($from IS NULL OR c.date >= $from) AND ($to IS NULL OR c.date < $to + '~') END
MATCH (c)-[:SOURCE]->(source:Actor), (c)-[:TARGET]->(target:Actor), (c)-[:FROM]->(article:Article)
WITH c, article,
     [end IN [source, target] |
       CASE WHEN $rollup AND end.kind = 'person' THEN coalesce(head([(end)-[:AFFILIATED_WITH]->(group:Actor) | group]), end) ELSE end END] AS ends
// negotiates is symmetric: stored once per pair, from the smaller id to the larger
WITH c, article, CASE WHEN c.type = 'negotiates' AND ends[0].id > ends[1].id THEN [ends[1], ends[0]] ELSE ends END AS ends
WITH c, article, ends[0] AS s, ends[1] AS t
WHERE s <> t AND ($kinds IS NULL OR (s.kind IN $kinds AND t.kind IN $kinds))
// outlets: the distinct sources of the articles (articles without a source count as one unnamed outlet)
WITH s, t, c.type AS type, count(c) AS claims, count(DISTINCT article) AS articles, min(c.date) AS first_seen, max(c.date) AS last_seen,
     count(DISTINCT coalesce(article.source, '')) AS outlets
WHERE claims >= $minWeight
RETURN s.id + '|' + type + '|' + t.id AS id, s.id AS source, t.id AS target, type,
       claims AS weight, claims, articles, first_seen, last_seen, outlets
