// Removes the benchmark's baseline nodes and their relationships.
MATCH (c:BenchClaim)
CALL (c) { DETACH DELETE c } IN TRANSACTIONS OF 10000 ROWS
