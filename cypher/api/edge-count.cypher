// How many relation edges (of $types) there are between the actors of $ids.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
WITH collect(a) AS actors
UNWIND actors AS s
MATCH (s)-[r:SUPPORTS|OPPOSES|NEGOTIATES]->(t)
WHERE t IN actors AND toLower(type(r)) IN $types
RETURN count(r) AS edges
