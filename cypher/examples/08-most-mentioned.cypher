// The most mentioned actors and in how many articles they appear.
MATCH (article:Article)-[m:MENTIONS]->(a:Actor)
RETURN a.name AS actor, a.kind AS kind, count(article) AS articles, sum(m.count) AS mentions
ORDER BY mentions DESC
LIMIT 20
