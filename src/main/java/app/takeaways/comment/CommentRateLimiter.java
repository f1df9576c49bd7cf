package app.takeaways.comment;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.stereotype.Component;

/**
 * Lets each client address post a limited number of comments a minute (token bucket per
 * address; idle addresses are forgotten after ten minutes).
 */
@Component
class CommentRateLimiter {

	private final int perMinute;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	CommentRateLimiter(CommentProperties properties) {
		this.perMinute = properties.ratePerMinute();
	}

	/**
	 * Takes one comment from the address's allowance; false when it has none left.
	 */
	boolean tryAcquire(String address) {
		return this.buckets.get(address, (key) -> newBucket()).tryConsume(1);
	}

	private Bucket newBucket() {
		return Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(this.perMinute)
				.refillGreedy(this.perMinute, Duration.ofMinutes(1))
				.build())
			.build();
	}

}
