package app.takeaways.account;

import java.util.Locale;

import app.takeaways.common.RateLimits;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and per client address in token buckets shared by
 * every instance ({@link RateLimits}). After {@code maxFailedLogins} failures within
 * about {@code failureWindow}, that username or address is locked for
 * {@code lockDuration}; a successful sign-in clears the username.
 */
@Component
class LoginAttempts {

	private final RateLimits limits;

	private final AdminProperties properties;

	private final BucketConfiguration failures;

	private final BucketConfiguration lock;

	private final Counter failedSignIns;

	LoginAttempts(RateLimits limits, AdminProperties properties, MeterRegistry meters) {
		this.limits = limits;
		this.failedSignIns = Counter.builder("takeaways.sign-ins.failed").register(meters);
		this.properties = properties;
		int max = properties.maxFailedLogins();
		this.failures = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder().capacity(max).refillGreedy(max, properties.failureWindow()).build())
			.build();
		this.lock = BucketConfiguration.builder()
			.addLimit(Bandwidth.builder()
				.capacity(1)
				.refillIntervally(1, properties.lockDuration())
				.initialTokens(0)
				.build())
			.build();
	}

	/**
	 * Whether sign-in is refused for this username or this address right now.
	 */
	boolean isLocked(String username, String address) {
		return lockedNow(userKey(username)) || lockedNow(addressKey(address));
	}

	void failed(String username, String address) {
		count(userKey(username));
		count(addressKey(address));
	}

	void succeeded(String username) {
		this.limits.forget("login-failures:" + userKey(username));
		this.limits.forget("login-lock:" + userKey(username));
	}

	int maxFailures() {
		return this.properties.maxFailedLogins();
	}

	long windowMinutes() {
		return Math.max(1, this.properties.failureWindow().toMinutes());
	}

	long lockMinutes() {
		return Math.max(1, this.properties.lockDuration().toMinutes());
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent event) {
		this.failedSignIns.increment();
		failed(event.getAuthentication().getName(), addressOf(event.getAuthentication()));
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		succeeded(event.getAuthentication().getName());
	}

	private static String addressOf(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) ? details.getRemoteAddress() : "unknown";
	}

	/**
	 * A lock is a bucket that starts empty and gets its one token when the lock ends.
	 */
	private boolean lockedNow(String key) {
		return this.limits.available("login-lock:" + key) == 0;
	}

	private void count(String key) {
		if (this.limits.take("login-failures:" + key, this.failures) <= 0) {
			this.limits.reset("login-lock:" + key, this.lock);
			this.limits.forget("login-failures:" + key);
		}
	}

	private static String userKey(String username) {
		String name = username.strip().toLowerCase(Locale.ROOT);
		return "user:" + name.substring(0, Math.min(name.length(), 200));
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
