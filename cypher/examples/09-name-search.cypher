// Full-text search over actor names and aliases (prefix with *, near spellings with ~).
CALL db.index.fulltext.queryNodes('actor_names', 'kurd* OR erdogan~') YIELD node, score
RETURN node.name AS actor, node.kind AS kind, score
ORDER BY score DESC
LIMIT 10
