// The outlets of the stored edges between the actors of $ids: per edge, how many distinct sources its claims'
// articles have (articles without a source count as one unnamed outlet), from its `outlet_names`. Every relation
// type is listed, so that the caller also sees which pairs have both supports and opposes claims.
UNWIND $ids AS id
MATCH (s:Actor {id: id})-[e:SUPPORTS|OPPOSES|NEGOTIATES]->(t:Actor)
WHERE t.id IN $ids
RETURN s.id AS source, toLower(type(e)) AS type, t.id AS target,
       size(coalesce(e.outlet_names, [])) AS outlets
