// How often each article mentions each actor.
UNWIND $rows AS row
MATCH (a:Article {id: row.article}), (actor:Actor {id: row.actor})
MERGE (a)-[m:MENTIONS]->(actor)
SET m.count = row.count
