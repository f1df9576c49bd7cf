package app.takeaways.comment;

import java.time.Duration;

import app.takeaways.common.RateLimits;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Lets each client address post a limited number of comments a minute, counted across
 * every instance (a token bucket per address in {@link RateLimits}).
 */
@Component
class CommentRateLimiter {

	private final RateLimits limits;

	private final @Nullable BucketConfiguration perAddress;

	/**
	 * A rate of 0 or less turns the limit off (benchmarks that post from one address).
	 */
	CommentRateLimiter(RateLimits limits, CommentProperties properties) {
		this.limits = limits;
		int perMinute = properties.ratePerMinute();
		this.perAddress = (perMinute <= 0) ? null : BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
			.build();
	}

	/**
	 * Takes one comment from the address's allowance; false when it has none left.
	 */
	boolean tryAcquire(String address) {
		return this.perAddress == null || this.limits.take("comment:" + address, this.perAddress) >= 0;
	}

}
