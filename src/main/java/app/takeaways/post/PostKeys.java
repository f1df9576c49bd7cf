package app.takeaways.post;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import app.takeaways.common.ChangesMissed;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * What a feature that keeps copies of posts' pages needs to know to keep them true: which
 * post an address names (the id {@link PostChanged} and the comment events carry), and
 * when the next scheduled post comes out (lists change then, with no event). The second
 * is asked by every cache that keeps lists or search results, so it is remembered until a
 * post changes or the moment passes: one statement after each change, not one per cache.
 */
@Service
public class PostKeys {

	private final PostRepository posts;

	private final Clock clock;

	/** The next publication as last read ({@link Instant#MAX}: none), or null. */
	private volatile @Nullable Instant next;

	PostKeys(PostRepository posts, Clock clock) {
		this.posts = posts;
		this.clock = clock;
	}

	/**
	 * The id of the post whose current address is {@code slug}, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> idOf(String slug) {
		return this.posts.findIdBySlug(slug);
	}

	/**
	 * When the first post scheduled after now comes out, if any is scheduled. No
	 * transaction of its own: when the time is remembered, no connection is taken.
	 */
	public Optional<Instant> nextPublication() {
		Instant now = this.clock.instant();
		Instant known = this.next;
		if (known == null || !now.isBefore(known)) {
			known = this.posts.findNextPublicationAfter(now).orElse(Instant.MAX);
			this.next = known;
		}
		return known.equals(Instant.MAX) ? Optional.empty() : Optional.of(known);
	}

	/**
	 * Any change may schedule, move or withdraw a post. Runs before the caches' own
	 * listeners (highest precedence), so a cache evicted by the same event never reads
	 * the time from before the change.
	 */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PostChanged changed) {
		forgetSchedule();
	}

	/**
	 * Changes made on other instances may have gone unheard: read the time again.
	 */
	@EventListener
	void on(ChangesMissed missed) {
		forgetSchedule();
	}

	private void forgetSchedule() {
		this.next = null;
	}

}
