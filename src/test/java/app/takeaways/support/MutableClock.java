package app.takeaways.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it on, for tests about time (scheduled
 * posts, expiry) that must not depend on how fast the machine is.
 */
public final class MutableClock extends Clock {

	private final AtomicReference<Instant> now;

	/**
	 * @param start the first instant, cut to whole milliseconds: both databases keep
	 * microseconds and round the rest, so an instant with nanoseconds would be stored a
	 * little later than the clock says and a post due "now" would still be in the future
	 */
	public MutableClock(Instant start) {
		this.now = new AtomicReference<>(start.truncatedTo(ChronoUnit.MILLIS));
	}

	/**
	 * Moves the clock on by the given time.
	 */
	public void advance(Duration duration) {
		this.now.updateAndGet((instant) -> instant.plus(duration));
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("A MutableClock stays in UTC");
	}

	@Override
	public Instant instant() {
		return this.now.get();
	}

}
