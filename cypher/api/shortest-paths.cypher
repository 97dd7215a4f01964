// All shortest paths (up to 6 relations, of the given types, in either direction) between two actors. With $rollup a
// path may also step from a person to the state or organization it is affiliated with (an "affiliation" edge).
MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[rels:SUPPORTS|OPPOSES|NEGOTIATES|AFFILIATED_WITH*..6]-(b))
WHERE all(r IN rels WHERE toLower(type(r)) IN $types OR ($rollup AND type(r) = 'AFFILIATED_WITH'))
RETURN [n IN nodes(p) | n.id] AS ids,
       [r IN rels |
         CASE type(r)
           WHEN 'AFFILIATED_WITH' THEN {id: startNode(r).id + '|affiliation|' + endNode(r).id, source: startNode(r).id,
                                        target: endNode(r).id, type: 'affiliation', weight: 1, claims: 0, articles: 0,
                                        first_seen: null, last_seen: null}
           ELSE r {id: startNode(r).id + '|' + toLower(type(r)) + '|' + endNode(r).id, source: startNode(r).id,
                   target: endNode(r).id, type: toLower(type(r)), .weight, .claims, .articles, .first_seen, .last_seen}
         END] AS edges
LIMIT $limit
