// How many articles mention both actors of each pair.
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair[0]}), (b:Actor {id: pair[1]})
RETURN pair, COUNT { (a)<-[:MENTIONS]-(:Article)-[:MENTIONS]->(b) } AS shared
