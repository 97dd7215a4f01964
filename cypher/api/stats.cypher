// Counts per label and relationship type (from Neo4j's count store) and the latest import run.
RETURN {Actor: COUNT { (:Actor) }, Article: COUNT { (:Article) }, Claim: COUNT { (:Claim) }} AS labels,
       {SUPPORTS: COUNT { ()-[:SUPPORTS]->() }, OPPOSES: COUNT { ()-[:OPPOSES]->() },
        NEGOTIATES: COUNT { ()-[:NEGOTIATES]->() }, MENTIONS: COUNT { ()-[:MENTIONS]->() },
        AFFILIATED_WITH: COUNT { ()-[:AFFILIATED_WITH]->() }} AS relationships,
       head(COLLECT { MATCH (run:ImportRun) RETURN run {.*} ORDER BY run.started DESC LIMIT 1 }) AS lastImport
