// An actor on the graph and the retired actor a correction left under the same id (either may be missing).
OPTIONAL MATCH (a:Actor {id: $id})
OPTIONAL MATCH (r:RetiredActor {id: $id, correction: $correction})
RETURN elementId(a) AS actor, elementId(r) AS retired, a.name AS name, a.kind AS kind
