// Run once against the `system` database of a new local server, as the built-in user with password "neo4j".
ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password
