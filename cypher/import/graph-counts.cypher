// Totals for the import summary.
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () { MATCH (c:Claim) RETURN count(c) AS claims }
CALL () { MATCH (:Actor)-[e:SUPPORTS|OPPOSES|NEGOTIATES]->(:Actor) RETURN count(e) AS edges }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
RETURN articles, actors, claims, edges
