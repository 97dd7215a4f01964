// Claims by id, with their two actors and their article, in the shape of the edge evidence.
UNWIND $ids AS id
MATCH (c:Claim {id: id})-[:SOURCE]->(cs:Actor), (c)-[:TARGET]->(ct:Actor), (c)-[:FROM]->(article:Article)
RETURN c {.id, .type, .sentence, .start, .end, .cue, .confidence, .date,
          source: cs {.id, .name}, target: ct {.id, .name},
          article: article {.id, .title, .date, .source, .file}} AS claim
