// Links persons to the state or organization they act for; that actor is created if no article named it yet.
UNWIND $rows AS row
MATCH (p:Actor {id: row.person})
MERGE (a:Actor {id: row.actor})
  ON CREATE SET a.name = row.name, a.kind = 'state', a.aliases = []
MERGE (p)-[:AFFILIATED_WITH]->(a)
