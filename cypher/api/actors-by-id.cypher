// Actors by id, in the API's shape; degree = the number of supports / opposes / negotiates relations.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.id, .name, .kind, aliases: coalesce(a.aliases, []), .affiliation,
          degree: COUNT { (a)-[:SUPPORTS|OPPOSES|NEGOTIATES]-() }} AS actor
