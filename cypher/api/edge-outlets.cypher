// The outlets of the stored edges between the actors of $ids: per edge, how many distinct sources its claims'
// articles have (articles without a source count as one unnamed outlet), read from its month buckets' `bucket|source`
// entries (server/import/month-buckets.ts). Every relation type is listed, so that the caller also sees which pairs
// have both supports and opposes claims.
UNWIND $ids AS id
MATCH (s:Actor {id: id})-[e:SUPPORTS|OPPOSES|NEGOTIATES]->(t:Actor)
WHERE t.id IN $ids
RETURN s.id AS source, toLower(type(e)) AS type, t.id AS target,
       COUNT { UNWIND coalesce(e.month_outlets, []) AS entry RETURN DISTINCT substring(entry, size(split(entry, '|')[0]) + 1) } AS outlets
