// Actors whose name or an alias matches a Lucene query on the actor_names full-text index, best first.
CALL db.index.fulltext.queryNodes('actor_names', $lucene, {limit: $limit}) YIELD node AS a, score
RETURN a {.id, .name, .kind, aliases: coalesce(a.aliases, []), .affiliation,
          degree: COUNT { (a)-[:SUPPORTS|OPPOSES|NEGOTIATES]-() }, score: score} AS actor
ORDER BY score DESC, a.name
