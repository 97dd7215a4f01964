// Articles stored without a title (tests: the page names them by their first line).
MATCH (a:Article)
WHERE a.title IS NULL AND COUNT { (:Claim)-[:FROM]->(a) } > 0
RETURN a.id AS id, a.text AS text
ORDER BY a.id
