// How many relation edges (of $types) there are between the actors of $ids. `t.id IN $ids` tests a parameter list,
// which Neo4j does with a hash set: a hub's whole neighbourhood (most actors) costs one pass over their edges.
UNWIND $ids AS id
MATCH (s:Actor {id: id})-[r:SUPPORTS|OPPOSES|NEGOTIATES]->(t:Actor)
WHERE t.id IN $ids AND toLower(type(r)) IN $types
RETURN count(r) AS edges
