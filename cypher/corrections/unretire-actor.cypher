// Puts a retired actor back on the graph (undo of a merge or of "not an actor").
MATCH (a:RetiredActor) WHERE elementId(a) = $actor
OPTIONAL MATCH (a)-[m:MERGED_INTO]->()
DELETE m
SET a:Actor
REMOVE a:RetiredActor, a.correction, a.retired
RETURN a.id AS id
