package app.takeaways.discovery;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import app.takeaways.common.ChangesMissed;
import app.takeaways.post.PostChanged;
import app.takeaways.post.PostKeys;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The most asked-for search result pages, kept until a post changes in a way readers can
 * see (any such change may add a post to, or drop it from, any search) or the next
 * scheduled post comes out. Small and bounded: a few hundred pages, least used first out.
 * Changes made on other instances arrive as the same {@link PostChanged} event.
 */
@Component
class SearchResultCache {

	static final int MAX_PAGES = 500;

	private final Cache<Key, SearchOutcome> pages = Caffeine.newBuilder().maximumSize(MAX_PAGES).build();

	/** Counts evictions: a page whose search began before one is not kept. */
	private final AtomicLong generation = new AtomicLong();

	private final PostKeys keys;

	private final Clock clock;

	private volatile @Nullable Instant validUntil;

	SearchResultCache(PostKeys keys, Clock clock) {
		this.keys = keys;
		this.clock = clock;
	}

	Optional<SearchOutcome> get(String query, int page) {
		Instant until = this.validUntil;
		if (until != null && !this.clock.instant().isBefore(until)) {
			evictAll();
			return Optional.empty();
		}
		return Optional.ofNullable(this.pages.getIfPresent(new Key(query, page)));
	}

	/**
	 * The generation to pass to {@link #put} for a search that starts now.
	 */
	long generation() {
		return this.generation.get();
	}

	/**
	 * Keeps a result page unless something was evicted since its search began.
	 */
	void put(String query, int page, SearchOutcome outcome, long searchedInGeneration) {
		if (this.validUntil == null) {
			this.validUntil = this.keys.nextPublication().orElse(Instant.MAX);
		}
		if (this.generation.get() == searchedInGeneration) {
			this.pages.put(new Key(query, page), outcome);
		}
	}

	/**
	 * A post readers can see (or could) changed: every search may find something else. A
	 * draft that stays a draft changes nothing found.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(PostChanged changed) {
		if (changed.listsAffected()) {
			evictAll();
		}
	}

	/**
	 * Changes made on other instances may have gone unheard.
	 */
	@EventListener
	void on(ChangesMissed missed) {
		evictAll();
	}

	void evictAll() {
		this.generation.incrementAndGet();
		this.validUntil = null;
		this.pages.invalidateAll();
	}

	long size() {
		this.pages.cleanUp();
		return this.pages.estimatedSize();
	}

	private record Key(String query, int page) {
	}

}
