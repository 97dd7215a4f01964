// Takes an actor off the graph under a correction: a :RetiredActor keeps its properties for undo, and a
// merged actor points at the actor it was merged into (so its old id still resolves).
MATCH (a) WHERE elementId(a) = $actor
SET a:RetiredActor, a.correction = $correction, a.retired = $reason
REMOVE a:Actor
WITH a
OPTIONAL MATCH (into:Actor {id: $into})
FOREACH (_ IN CASE WHEN into IS NULL THEN [] ELSE [1] END | CREATE (a)-[:MERGED_INTO]->(into))
RETURN a.id AS id
