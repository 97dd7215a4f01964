// Claims per year and relation type: how the conflict's relations evolve.
MATCH (c:Claim)
WHERE c.date IS NOT NULL
RETURN left(c.date, 4) AS year, c.type AS relation, count(*) AS claims
ORDER BY year, relation
