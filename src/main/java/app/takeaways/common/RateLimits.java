package app.takeaways.common;

import io.github.bucket4j.BucketConfiguration;

/**
 * Token buckets by name (such as {@code comment:203.0.113.7}), the same for every
 * instance: kept in PostgreSQL when the application runs on it, in memory on H2 (one
 * embedded instance). Made by {@link RateLimitsConfiguration}.
 */
public interface RateLimits {

	/**
	 * Takes one token from the bucket, creating it with this configuration if it does not
	 * exist.
	 * @return the tokens left after taking one, or -1 when there was none to take
	 */
	long take(String key, BucketConfiguration configuration);

	/**
	 * The tokens the bucket has now, or -1 when there is no such bucket.
	 */
	long available(String key);

	/**
	 * Creates the bucket anew with this configuration, forgetting what it held.
	 */
	void reset(String key, BucketConfiguration configuration);

	void forget(String key);

}
