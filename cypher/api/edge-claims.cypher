// One relation edge and the claims behind it, oldest first (negotiates: claims in either direction).
MATCH (s:Actor {id: $source})-[r]->(t:Actor {id: $target})
WHERE type(r) = toUpper($type) AND $type IN ['supports', 'opposes', 'negotiates']
RETURN r {id: s.id + '|' + $type + '|' + t.id, source: s.id, target: t.id, type: $type,
          .weight, .claims, .articles, .first_seen, .last_seen} AS edge,
       COLLECT {
         MATCH (s)<-[:SOURCE|TARGET]-(c:Claim {type: $type})-[:SOURCE|TARGET]->(t)
         MATCH (c)-[:SOURCE]->(cs:Actor), (c)-[:TARGET]->(ct:Actor), (c)-[:FROM]->(article:Article)
         WHERE $type = 'negotiates' OR cs = s
         RETURN c {.id, .type, .sentence, .start, .end, .cue, .confidence, .date, .status,
                   source: cs {.id, .name}, target: ct {.id, .name},
                   article: article {.id, .title, .date, .source, .file, opening: CASE WHEN article.title IS NULL THEN left(article.text, 200) END}}
         ORDER BY coalesce(c.date, ''), article.id, c.start
         LIMIT $limit
       } AS claims
