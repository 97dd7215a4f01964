// Gives the import lock back: the node exists only while an import runs.
MATCH (lock:ImportLock {id: 'import', owner: $owner})
DELETE lock
