// Empties the database in batches (import --reset): every node and relationship goes.
MATCH (n)
CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS
