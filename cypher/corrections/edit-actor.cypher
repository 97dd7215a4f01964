// Edits an actor's name, kind, aliases (null: unchanged) and, with $setAffiliation, the actor it is affiliated
// with ($affiliation null: none); returns the values before, for undo.
MATCH (a:Actor {id: $id})
WITH a, {name: a.name, kind: a.kind, aliases: coalesce(a.aliases, []),
         affiliation: head([(a)-[:AFFILIATED_WITH]->(g:Actor) | g.id])} AS before
SET a.name = coalesce($name, a.name), a.kind = coalesce($kind, a.kind), a.aliases = coalesce($aliases, a.aliases)
WITH a, before
CALL (a) {
  WITH a WHERE $setAffiliation
  OPTIONAL MATCH (a)-[old:AFFILIATED_WITH]->()
  DELETE old
  WITH DISTINCT a
  OPTIONAL MATCH (g:Actor {id: $affiliation})
  SET a.affiliation = g.name
  FOREACH (_ IN CASE WHEN g IS NULL THEN [] ELSE [1] END | CREATE (a)-[:AFFILIATED_WITH]->(g))
}
RETURN before
