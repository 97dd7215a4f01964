// The aggregated edges these claims feed (negotiates: from the smaller id to the larger), for recount-edges.
UNWIND $claims AS claim
MATCH (c)-[:SOURCE]->(s), (c)-[:TARGET]->(t)
WHERE elementId(c) = claim
RETURN DISTINCT c.type AS type,
       CASE WHEN c.type = 'negotiates' AND t.id < s.id THEN t.id ELSE s.id END AS source,
       CASE WHEN c.type = 'negotiates' AND t.id < s.id THEN s.id ELSE t.id END AS target
