// The read path (issue 11) starts every list from its most selective index and lets the index
// serve the order, so ORDER BY … LIMIT stops after one page. Ids are backed by the constraints
// of 0001 and publishedAt/firstSeenAt by 0002; these are the remaining anchors and sort keys.
// Statements newest first, the time-range filters and statements-per-day.
CREATE INDEX statement_at IF NOT EXISTS FOR (n:Statement) ON (n.at);
// Articles without a publication date sort by their ingestion time.
CREATE INDEX article_ingested_at IF NOT EXISTS FOR (n:Article) ON (n.ingestedAt);
// actors(type) without a search.
CREATE INDEX actor_type IF NOT EXISTS FOR (n:Actor) ON (n.type);
// The audit trail, newest first.
CREATE INDEX audit_event_at IF NOT EXISTS FOR (n:AuditEvent) ON (n.at);
