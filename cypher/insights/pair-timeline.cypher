// The claims between two actors (either direction, every type) per month: the first seven characters of their date
// (a date of a year alone stays a year); undated claims form the period null.
MATCH (a:Actor {id: $a})<-[:SOURCE|TARGET]-(c:Claim)-[:SOURCE|TARGET]->(b:Actor {id: $b})
WHERE a <> b
WITH DISTINCT c
WITH left(c.date, 7) AS month, c.type AS type, count(*) AS claims
RETURN month, collect({type: type, claims: claims}) AS counts
ORDER BY month
