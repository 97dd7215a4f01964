// How two actors are connected: the shortest chain of relations between them.
MATCH p = shortestPath((a:Actor {id: 'united-states'})-[:SUPPORTS|OPPOSES|NEGOTIATES*..6]-(b:Actor {id: 'russia'}))
RETURN p
