// The actors one relation (of the given types) away from any of the given actors and not among $seen, with their degree.
UNWIND $ids AS id
MATCH (:Actor {id: id})-[r:SUPPORTS|OPPOSES|NEGOTIATES]-(n:Actor)
WHERE toLower(type(r)) IN $types AND NOT n.id IN $seen
WITH DISTINCT n
RETURN n.id AS id, COUNT { (n)-[:SUPPORTS|OPPOSES|NEGOTIATES]-() } AS degree
