// One actor: its affiliation, its members, its relation counts per type and direction, the articles
// that mention it (newest first, at most $articleLimit). negotiates is symmetric: out and in both count every pair.
MATCH (a:Actor {id: $id})
RETURN a {.id, .name, .kind, aliases: coalesce(a.aliases, []), .affiliation,
          degree: COUNT { (a)-[:SUPPORTS|OPPOSES|NEGOTIATES]-() }} AS actor,
       head(COLLECT { MATCH (a)-[:AFFILIATED_WITH]->(g:Actor) RETURN g {.id, .name} }) AS affiliation,
       COLLECT { MATCH (m:Actor)-[:AFFILIATED_WITH]->(a) RETURN m {.id, .name} ORDER BY m.name } AS members,
       {supports: {out: COUNT { (a)-[:SUPPORTS]->() }, in: COUNT { (a)<-[:SUPPORTS]-() }},
        opposes: {out: COUNT { (a)-[:OPPOSES]->() }, in: COUNT { (a)<-[:OPPOSES]-() }},
        negotiates: {out: COUNT { (a)-[:NEGOTIATES]-() }, in: COUNT { (a)-[:NEGOTIATES]-() }}} AS degree,
       COLLECT { MATCH (article:Article)-[m:MENTIONS]->(a)
                 RETURN article {.id, .title, .date, .file, mentions: m.count,
                                opening: CASE WHEN article.title IS NULL THEN left(article.text, 200) END}
                 ORDER BY coalesce(article.date, '') DESC, article.id LIMIT $articleLimit } AS articles
