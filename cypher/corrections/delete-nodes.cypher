// Deletes nodes with their relationships (an added claim undone, an actor re-created by an import and merged again).
UNWIND $nodes AS node
MATCH (n)
WHERE elementId(n) = node
DETACH DELETE n
