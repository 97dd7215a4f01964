// Marks a correction undone (when), or no longer undone (null).
MATCH (c:Correction {id: $id})
SET c.reverted = $reverted
