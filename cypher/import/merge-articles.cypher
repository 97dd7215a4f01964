// Creates or updates articles.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.sha256 = row.sha256, a.file = row.file, a.title = row.title, a.date = row.date,
    a.source = row.source, a.url = row.url, a.text = row.text, a.imported_at = row.imported_at
