// Creates or updates the actors an article mentions; aliases accumulate across articles.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.kind = row.kind,
    a.affiliation = coalesce(row.affiliation, a.affiliation),
    a.aliases = reduce(all = coalesce(a.aliases, []), alias IN row.aliases |
                       CASE WHEN alias IN all THEN all ELSE all + alias END)
