// Terminates a user's console query that ran past CYPHER_TIMEOUT_MS, found by the tag the explorer put in its metadata.
SHOW TRANSACTIONS YIELD transactionId, metaData
WHERE metaData.explorerUserQuery = $tag
TERMINATE TRANSACTIONS transactionId
YIELD transactionId AS terminated
RETURN terminated
