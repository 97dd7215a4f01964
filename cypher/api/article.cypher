// One article with its text and the claims extracted from it, in text order.
MATCH (a:Article {id: $id})
RETURN a {.id, .title, .date, .source, .file, .url, .text} AS article,
       COLLECT {
         MATCH (c:Claim)-[:FROM]->(a)
         MATCH (c)-[:SOURCE]->(s:Actor), (c)-[:TARGET]->(t:Actor)
         RETURN c {.id, .type, .start, .end, .sentence, .cue, .confidence, source: s {.id, .name}, target: t {.id, .name}}
         ORDER BY c.start, c.id
       } AS claims
