// The articles of an export bundle: metadata, fingerprint and text, so that another instance can show them.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.id, .title, .date, .source, .file, .url, .sha256, .text} AS article
ORDER BY a.id
