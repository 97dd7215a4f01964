// The graph model's constraints and indexes. Every statement is idempotent; applied at every start.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE INDEX article_sha256 IF NOT EXISTS FOR (a:Article) ON (a.sha256);
CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date);
CREATE INDEX claim_date IF NOT EXISTS FOR (c:Claim) ON (c.date);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (a:Actor) ON EACH [a.name, a.aliases];
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.id IS UNIQUE;
CREATE INDEX retired_actor_id IF NOT EXISTS FOR (a:RetiredActor) ON (a.id);
CREATE INDEX rejected_claim_id IF NOT EXISTS FOR (c:RejectedClaim) ON (c.id);
CREATE CONSTRAINT import_lock_id IF NOT EXISTS FOR (l:ImportLock) REQUIRE l.id IS UNIQUE;
CREATE CONSTRAINT edge_month_key IF NOT EXISTS FOR (b:EdgeMonth) REQUIRE b.key IS UNIQUE;
CREATE INDEX edge_month_month IF NOT EXISTS FOR (b:EdgeMonth) ON (b.month);
