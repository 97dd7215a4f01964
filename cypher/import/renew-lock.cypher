// Keeps the import lock while an import makes progress; answers whether it is still ours.
OPTIONAL MATCH (lock:ImportLock {id: 'import', owner: $owner})
SET lock.expires = timestamp() + $ttlMs
RETURN lock IS NOT NULL AS held
