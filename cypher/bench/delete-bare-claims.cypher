// Removes the benchmark's baseline nodes.
MATCH (c:BenchClaim)
CALL (c) { DELETE c } IN TRANSACTIONS OF 10000 ROWS
