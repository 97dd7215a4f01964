// Run against the `system` database as the local server's user with its current password $old: the password
// "neo4j" of a new server, or the fixed one of a server made before passwords were random.
ALTER CURRENT USER SET PASSWORD FROM $old TO $password
