// All shortest paths (up to 6 relations, of the given types, in either direction) between two actors.
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[rels:SUPPORTS|OPPOSES|NEGOTIATES*..6]-(b))
WHERE all(r IN rels WHERE toLower(type(r)) IN $types)
RETURN [n IN nodes(p) | n.id] AS ids,
       [r IN rels | r {id: startNode(r).id + '|' + toLower(type(r)) + '|' + endNode(r).id, source: startNode(r).id,
                       target: endNode(r).id, type: toLower(type(r)), .weight, .claims, .articles, .first_seen, .last_seen}] AS edges
LIMIT $limit
