// Persons, the state or organization they act for, and how many relations each person has.
MATCH (p:Actor {kind: 'person'})
OPTIONAL MATCH (p)-[:AFFILIATED_WITH]->(side:Actor)
RETURN p.name AS person, side.name AS affiliation, COUNT { (p)-[:SUPPORTS|OPPOSES|NEGOTIATES]-() } AS relations
ORDER BY relations DESC
