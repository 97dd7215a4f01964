// Adds names to an actor's aliases (those it lacks) and removes others; returns the ones it added.
MATCH (a:Actor {id: $id})
WITH a, [name IN $add WHERE name <> a.name AND NOT name IN coalesce(a.aliases, [])] AS added
WITH a, reduce(all = [], name IN added | CASE WHEN name IN all THEN all ELSE all + name END) AS added
SET a.aliases = [alias IN coalesce(a.aliases, []) WHERE NOT alias IN $remove] + added
RETURN added
