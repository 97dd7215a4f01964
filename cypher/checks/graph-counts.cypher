// Node counts per label (import runs aside), relationship counts per type and the summed edge weights:
// a fingerprint of the graph.
CALL () {
  MATCH (n) WHERE NOT n:ImportRun
  UNWIND labels(n) AS label
  WITH label, count(*) AS count ORDER BY label
  RETURN collect({key: label, count: count}) AS labels
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(r) AS count ORDER BY type
  RETURN collect({key: type, count: count}) AS relationships
}
CALL () {
  MATCH (:Actor)-[e:SUPPORTS|OPPOSES|NEGOTIATES]->(:Actor)
  RETURN sum(e.weight) AS weights, sum(e.articles) AS articles
}
RETURN labels, relationships, weights, articles
