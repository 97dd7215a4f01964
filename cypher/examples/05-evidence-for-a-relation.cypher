// The sentences behind one relation, with their article and date.
MATCH (s:Actor {id: 'turkey'})<-[:SOURCE]-(c:Claim {type: 'opposes'})-[:TARGET]->(t:Actor)
MATCH (c)-[:FROM]->(article:Article)
RETURN t.name AS opposed, c.sentence AS evidence, c.date AS date, article.title AS article
ORDER BY date DESC
LIMIT 50
