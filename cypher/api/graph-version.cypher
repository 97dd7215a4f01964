// A fingerprint of the graph from Neo4j's count store (constant time): it changes whenever an import or a
// user's write adds or removes actors, articles, claims, import runs or relationships, or makes or undoes a correction.
RETURN [COUNT { (:Actor) }, COUNT { (:Article) }, COUNT { (:Claim) }, COUNT { (:ImportRun) },
        COUNT { ()-[:SUPPORTS]->() }, COUNT { ()-[:OPPOSES]->() }, COUNT { ()-[:NEGOTIATES]->() },
        COUNT { ()-[:MENTIONS]->() }, COUNT { ()-[:AFFILIATED_WITH]->() },
        COUNT { (:Correction) }, COUNT { (c:Correction) WHERE c.reverted IS NOT NULL }] AS counts
