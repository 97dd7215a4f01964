// The actor a merged actor's id now stands for (following merges of merges).
MATCH (:RetiredActor {id: $id})-[:MERGED_INTO*1..20]->(a:Actor)
RETURN a.id AS id
LIMIT 1
