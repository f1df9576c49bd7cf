package app.takeaways.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per username and per client address (in memory, per instance).
 * After {@code maxFailedLogins} failures within {@code failureWindow}, that username or
 * address is locked for {@code lockDuration}; a successful sign-in clears the username.
 */
@Component
class LoginAttempts {

	/** Beyond this many counted names and addresses, stale ones are forgotten. */
	static final int MAX_TRACKED = 10_000;

	private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

	private final Map<String, Instant> lockedUntil = new ConcurrentHashMap<>();

	private final AdminProperties properties;

	private final Clock clock;

	LoginAttempts(AdminProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
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
		this.failures.remove(userKey(username));
		this.lockedUntil.remove(userKey(username));
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

	private boolean lockedNow(String key) {
		Instant until = this.lockedUntil.get(key);
		if (until == null) {
			return false;
		}
		if (this.clock.instant().isBefore(until)) {
			return true;
		}
		this.lockedUntil.remove(key);
		return false;
	}

	private void count(String key) {
		Instant now = this.clock.instant();
		Instant horizon = now.minus(this.properties.failureWindow());
		if (this.failures.size() > MAX_TRACKED) {
			forgetBefore(horizon);
		}
		Deque<Instant> recent = this.failures.computeIfAbsent(key, (k) -> new ArrayDeque<>());
		synchronized (recent) {
			recent.addLast(now);
			while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
				recent.pollFirst();
			}
			if (recent.size() >= this.properties.maxFailedLogins()) {
				this.lockedUntil.put(key, now.plus(this.properties.lockDuration()));
				recent.clear();
			}
		}
	}

	/**
	 * Guessing many different user names must not make the map grow without end.
	 */
	private void forgetBefore(Instant horizon) {
		this.failures.entrySet().removeIf((entry) -> {
			synchronized (entry.getValue()) {
				Instant last = entry.getValue().peekLast();
				return last == null || last.isBefore(horizon);
			}
		});
	}

	private static String userKey(String username) {
		return "user:" + username.strip().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

}
