// The relation edges (of the given types) between actors of $ids: how many there are, and those
// whose two ends are both in $shown.
UNWIND $ids AS id
MATCH (s:Actor {id: id})-[r:SUPPORTS|OPPOSES|NEGOTIATES]->(t:Actor)
WHERE t.id IN $ids AND toLower(type(r)) IN $types
RETURN count(r) AS total,
       collect(CASE WHEN s.id IN $shown AND t.id IN $shown THEN
         r {id: s.id + '|' + toLower(type(r)) + '|' + t.id, source: s.id, target: t.id, type: toLower(type(r)),
            .weight, .claims, .articles, .first_seen, .last_seen}
       END) AS edges
