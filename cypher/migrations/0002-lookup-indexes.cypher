// Listing and filtering orders: articles and statements by date, claims by first sighting.
CREATE INDEX article_published_at IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX claim_first_seen_at IF NOT EXISTS FOR (n:Claim) ON (n.firstSeenAt);
CREATE INDEX claim_normalized_text IF NOT EXISTS FOR (n:Claim) ON (n.normalizedText);
CREATE INDEX actor_normalized_name IF NOT EXISTS FOR (n:Actor) ON (n.normalizedName);
CREATE INDEX topic_normalized_name IF NOT EXISTS FOR (n:Topic) ON (n.normalizedName);
