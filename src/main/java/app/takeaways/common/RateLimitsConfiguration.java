package app.takeaways.common;

import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Bucket4j buckets in the {@code rate_limit_bucket} table on PostgreSQL (every instance
 * counts against the same bucket, row-locked per key), or in a bounded in-memory map on
 * H2.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitsConfiguration {

	/** Rows of buckets that filled up again are kept this much longer, then deleted. */
	static final Duration KEEP_FULL = Duration.ofMinutes(1);

	@Bean
	RateLimits rateLimits(JdbcConnectionDetails database, DataSource dataSource) {
		if (database.getJdbcUrl().startsWith("jdbc:postgresql:")) {
			PostgreSQLSelectForUpdateBasedProxyManager<String> buckets = Bucket4jPostgreSQL
				.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table("rate_limit_bucket")
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEEP_FULL))
				.build();
			return new SharedRateLimits(buckets);
		}
		return new LocalRateLimits();
	}

	private static long remaining(ConsumptionProbe probe) {
		return probe.isConsumed() ? probe.getRemainingTokens() : -1;
	}

	/**
	 * Buckets in PostgreSQL; expired rows are deleted as buckets are written.
	 */
	record SharedRateLimits(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) implements RateLimits {

		@Override
		public long take(String key, BucketConfiguration configuration) {
			ProxyManager<String> manager = this.buckets;
			long left = remaining(manager.getProxy(key, () -> configuration).tryConsumeAndReturnRemaining(1));
			this.buckets.removeExpired(10);
			return left;
		}

		@Override
		public long available(String key) {
			Optional<BucketConfiguration> configuration = this.buckets.getProxyConfiguration(key);
			return configuration.map((found) -> this.buckets.getProxy(key, () -> found).getAvailableTokens())
				.orElse(-1L);
		}

		@Override
		public void reset(String key, BucketConfiguration configuration) {
			this.buckets.removeProxy(key);
			this.buckets.getProxy(key, () -> configuration).getAvailableTokens();
		}

		@Override
		public void forget(String key) {
			this.buckets.removeProxy(key);
		}

	}

	/**
	 * Buckets in memory; idle ones are forgotten after an hour, and there are never more
	 * than 100,000.
	 */
	static class LocalRateLimits implements RateLimits {

		private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
			.maximumSize(100_000)
			.expireAfterAccess(Duration.ofHours(1))
			.build();

		@Override
		public long take(String key, BucketConfiguration configuration) {
			return remaining(this.buckets.get(key, (k) -> bucket(configuration)).tryConsumeAndReturnRemaining(1));
		}

		@Override
		public long available(String key) {
			Bucket bucket = this.buckets.getIfPresent(key);
			return (bucket != null) ? bucket.getAvailableTokens() : -1;
		}

		@Override
		public void reset(String key, BucketConfiguration configuration) {
			this.buckets.put(key, bucket(configuration));
		}

		@Override
		public void forget(String key) {
			this.buckets.invalidate(key);
		}

		private static Bucket bucket(BucketConfiguration configuration) {
			LocalBucketBuilder builder = Bucket.builder();
			for (Bandwidth limit : configuration.getBandwidths()) {
				builder.addLimit(limit);
			}
			return builder.build();
		}

	}

}
