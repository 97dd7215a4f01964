// One article with its text and its claims in text order, rejected ones too (status 'rejected'), so they can be restored.
MATCH (a:Article {id: $id})
RETURN a {.id, .title, .date, .source, .file, .url, .text} AS article,
       COLLECT {
         MATCH (c)-[:FROM]->(a)
         WHERE c:Claim OR c:RejectedClaim
         MATCH (c)-[:SOURCE]->(s:Actor), (c)-[:TARGET]->(t:Actor)
         RETURN c {.id, .type, .start, .end, .sentence, .cue, .confidence,
                   status: CASE WHEN c:RejectedClaim THEN 'rejected' ELSE c.status END,
                   source: s {.id, .name}, target: t {.id, .name}}
         ORDER BY c.start, c.id
       } AS claims
