// Takes this database's one import lock when it is free, expired, already ours, or held by $stale (an owner known to be dead).
// SET first: it locks the node, so two imports cannot both see it free.
MERGE (lock:ImportLock {id: 'import'})
SET lock.claimed = timestamp()
WITH lock, (lock.owner IS NULL OR lock.owner = $owner OR lock.owner = $stale OR lock.expires < timestamp()) AS free
SET lock.owner = CASE WHEN free THEN $owner ELSE lock.owner END,
    lock.expires = CASE WHEN free THEN timestamp() + $ttlMs ELSE lock.expires END
RETURN free AS acquired, lock.owner AS owner
