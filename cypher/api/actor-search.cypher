// Actors whose name or an alias matches a Lucene query on the actor_names full-text index, best match first: a name
// or alias that is the text typed ($q, lower case), then one that starts with it, then one with a word that starts
// with it, then the index's other hits (near spellings); within each, the most claims first.
CALL db.index.fulltext.queryNodes('actor_names', $lucene, {limit: $candidates}) YIELD node AS a, score
WITH a, score, [name IN [a.name] + coalesce(a.aliases, []) | toLower(name)] AS names
WITH a, score,
     CASE
       WHEN $q IN names THEN 0
       WHEN any(name IN names WHERE name STARTS WITH $q) THEN 1
       WHEN any(name IN names WHERE name CONTAINS ' ' + $q OR name CONTAINS '-' + $q) THEN 2
       ELSE 3
     END AS match
CALL (a) {
  OPTIONAL MATCH (a)-[r:SUPPORTS|OPPOSES|NEGOTIATES]-()
  RETURN count(r) AS degree, coalesce(sum(r.weight), 0) AS weight
}
RETURN a {.id, .name, .kind, aliases: coalesce(a.aliases, []), .affiliation, degree: degree, score: score} AS actor
ORDER BY match, weight DESC, score DESC, a.name
LIMIT $limit
