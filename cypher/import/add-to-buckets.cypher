// Adds a batch of new claims to the month buckets of their edges (server/import/month-buckets.ts): a batch's articles
// are new, so counts add up; a month the edge had no claim in gets its bucket.
UNWIND $rows AS row
MERGE (b:EdgeMonth {key: row.key})
  ON CREATE SET b.month = row.month, b.source = row.source, b.target = row.target, b.type = row.type,
                b.claims = 0, b.articles = 0, b.first = row.first, b.last = row.last, b.outlets = []
SET b.claims = b.claims + toInteger(row.claims),
    b.articles = b.articles + toInteger(row.articles),
    b.first = CASE WHEN row.first < b.first THEN row.first ELSE b.first END,
    b.last = CASE WHEN row.last > b.last THEN row.last ELSE b.last END,
    b.outlets = b.outlets + [outlet IN row.outlets WHERE NOT outlet IN b.outlets]
