// Adds a batch of new claims to the aggregated SUPPORTS / OPPOSES / NEGOTIATES edges, totals and month buckets
// (see server/import/month-buckets.ts): a batch's articles are new, so bucket counts add up; a new month is appended.
// One MERGE per static type: with a static type Neo4j walks only that type's relationships of a
// busy actor, where a dynamic $(type) would walk all of them (every claim and mention).
UNWIND $rows AS row
MATCH (s:Actor {id: row.source}), (t:Actor {id: row.target})
CALL (s, t, row) {
  WITH * WHERE row.type = 'supports'
  MERGE (s)-[e:SUPPORTS]->(t)
  RETURN e
  UNION
  WITH * WHERE row.type = 'opposes'
  MERGE (s)-[e:OPPOSES]->(t)
  RETURN e
  UNION
  WITH * WHERE row.type = 'negotiates'
  MERGE (s)-[e:NEGOTIATES]->(t)
  RETURN e
}
SET e.claims = coalesce(e.claims, 0) + row.claims,
    e.weight = coalesce(e.weight, 0) + row.claims,
    e.articles = coalesce(e.articles, 0) + row.articles,
    e.first_seen = CASE WHEN e.first_seen IS NULL OR row.first < e.first_seen THEN row.first ELSE e.first_seen END,
    e.last_seen = CASE WHEN e.last_seen IS NULL OR row.last > e.last_seen THEN row.last ELSE e.last_seen END
WITH e, row, coalesce(e.months, []) AS had
WITH e, row, had + [month IN row.months WHERE NOT month IN had] AS months
// at[i]: where bucket months[i] is in the batch's lists (null: the batch adds nothing to it)
WITH e, row, months, [month IN months | head([j IN range(0, size(row.months) - 1) WHERE row.months[j] = month])] AS at
SET e.months = months,
    e.month_claims = [i IN range(0, size(months) - 1) | coalesce(e.month_claims[i], 0) + toInteger(coalesce(row.month_claims[at[i]], 0))],
    e.month_articles = [i IN range(0, size(months) - 1) | coalesce(e.month_articles[i], 0) + toInteger(coalesce(row.month_articles[at[i]], 0))],
    e.month_first = [i IN range(0, size(months) - 1) |
      CASE WHEN e.month_first[i] IS NULL OR row.month_first[at[i]] < e.month_first[i] THEN row.month_first[at[i]] ELSE e.month_first[i] END],
    e.month_last = [i IN range(0, size(months) - 1) |
      CASE WHEN e.month_last[i] IS NULL OR row.month_last[at[i]] > e.month_last[i] THEN row.month_last[at[i]] ELSE e.month_last[i] END],
    e.month_outlets = coalesce(e.month_outlets, []) + [outlet IN row.month_outlets WHERE NOT outlet IN coalesce(e.month_outlets, [])]
