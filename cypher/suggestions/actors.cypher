// The most mentioned actors with their names, aliases and kind: the candidates for duplicate suggestions.
MATCH (a:Actor)
WITH a, COUNT { (a)<-[:MENTIONS]-() } AS mentions
ORDER BY mentions DESC, a.id
LIMIT $limit
RETURN a.id AS id, a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases, mentions
