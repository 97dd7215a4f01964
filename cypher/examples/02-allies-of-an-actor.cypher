// Who supports Turkey, and who Turkey supports (change the id to explore another actor).
MATCH (a:Actor {id: 'turkey'})-[r:SUPPORTS]-(b:Actor)
RETURN a, r, b
