// An actor's name and aliases (on the graph), for a merge to hand them to the actor that absorbs it.
MATCH (a:Actor {id: $id})
RETURN a.name AS name, a.kind AS kind, coalesce(a.aliases, []) AS aliases
