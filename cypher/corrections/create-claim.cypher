// A claim an analyst added (its id comes from the correction, so re-applying it makes no second one).
MATCH (a:Article {id: $article}), (s:Actor {id: $source}), (t:Actor {id: $target})
MERGE (c:Claim {id: $id})
  ON CREATE SET c.type = $type, c.sentence = $sentence, c.start = $start, c.end = $end, c.cue = null,
                c.confidence = 1.0, c.date = a.date, c.status = 'added'
MERGE (c)-[:SOURCE]->(s)
MERGE (c)-[:TARGET]->(t)
MERGE (c)-[:FROM]->(a)
RETURN elementId(c) AS claim, s.name AS sourceName, t.name AS targetName
