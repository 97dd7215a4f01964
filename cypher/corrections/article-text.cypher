// An article's text, to find an added claim's sentence in it.
MATCH (a:Article {id: $id})
RETURN a.text AS text, a.title AS title
