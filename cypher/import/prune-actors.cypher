// Removes actors that no article mentions any more and nobody is affiliated with.
MATCH (a:Actor)
WHERE NOT (a)<-[:MENTIONS]-() AND NOT (a)<-[:AFFILIATED_WITH]-() AND NOT (a)<-[:SOURCE|TARGET]-()
DETACH DELETE a
