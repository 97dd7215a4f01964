// How many nodes the database holds, leaving out the lock of an import that runs (or was killed); both counts come from the count store.
CALL () { MATCH (n) RETURN count(n) AS all }
CALL () { MATCH (lock:ImportLock) RETURN count(lock) AS locks }
RETURN all - locks AS nodes
