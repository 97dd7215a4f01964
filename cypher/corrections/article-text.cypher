// An article's text, to find an added claim's sentence in it.
MATCH (a:Article {id: $id})
RETURN a.text AS text, coalesce(a.title, a.file, a.id) AS title
