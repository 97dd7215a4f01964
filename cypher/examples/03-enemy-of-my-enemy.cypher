// "The enemy of my enemy": pairs that oppose a common adversary but not each other.
MATCH (a:Actor)-[:OPPOSES]->(common:Actor)<-[:OPPOSES]-(b:Actor)
WHERE a.id < b.id AND NOT (a)-[:OPPOSES]-(b)
RETURN a.name AS actor, b.name AS other, collect(common.name) AS common_adversaries
ORDER BY size(common_adversaries) DESC
LIMIT 25
