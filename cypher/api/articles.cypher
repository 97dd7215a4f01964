// Articles whose title or file name contains $q (lower-case; null: all), newest first, one page of them.
MATCH (a:Article)
WHERE $q IS NULL OR toLower(coalesce(a.title, '')) CONTAINS $q OR toLower(coalesce(a.file, '')) CONTAINS $q
WITH a ORDER BY coalesce(a.date, '') DESC, a.id
WITH collect(a) AS matching
RETURN size(matching) AS total,
       [a IN matching[$offset..($offset + $limit)] |
         a {.id, .title, .date, .source, .file, claims: COUNT { (:Claim)-[:FROM]->(a) }}] AS articles
