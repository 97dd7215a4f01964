// How often each article mentions each actor. The articles are new, or their old mentions were removed.
UNWIND $rows AS row
MATCH (a:Article {id: row.article}), (actor:Actor {id: row.actor})
CREATE (a)-[:MENTIONS {count: row.count}]->(actor)
