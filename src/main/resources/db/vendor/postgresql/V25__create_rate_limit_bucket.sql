-- Bucket4j's token buckets shared by every instance (comment rate limit, sign-in throttling),
-- keyed by a string such as "comment:203.0.113.7". H2 runs one instance and keeps its buckets in memory.
CREATE TABLE rate_limit_bucket (
	id VARCHAR(300) NOT NULL,
	state BYTEA,
	expires_at BIGINT,
	CONSTRAINT pk_rate_limit_bucket PRIMARY KEY (id)
);
