// Run once against the `system` database of a local server made before passwords were random, as its user with the old fixed password.
ALTER CURRENT USER SET PASSWORD FROM 'explorer-local' TO $password
