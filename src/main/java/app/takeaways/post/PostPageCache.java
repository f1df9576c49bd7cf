package app.takeaways.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Rendered pages as anonymous readers get them, kept in memory so the hot path serves
 * bytes instead of rendering: post pages without a comment form (a form carries a
 * per-reader CSRF token), and lists of posts (home, tags, archive). What a change evicts
 * is decided in one place, {@code pagecache.PageCacheEviction}; lists also go on their
 * own when the next scheduled post comes out. A page rendered while something changed is
 * not kept: every eviction moves a generation counter, and a page is stored only if the
 * counter has not moved since its request began.
 */
public class PostPageCache {

	/** The post id under which list pages are kept. */
	static final long LIST = -1;

	private final Cache<String, CachedPage> pages = Caffeine.newBuilder()
		.maximumWeight(32 * 1024 * 1024)
		.weigher((String path, CachedPage page) -> page.body().length + path.length())
		.expireAfterWrite(Duration.ofHours(1))
		.build();

	private final AtomicLong generation = new AtomicLong();

	private final Clock clock;

	private final Function<Instant, Optional<Instant>> nextPublicationAfter;

	private volatile @Nullable Instant listsValidUntil;

	private final Counter hits;

	private final Counter misses;

	/**
	 * @param clock the clock that decides when a scheduled post is out
	 * @param nextPublicationAfter when the first post scheduled after an instant comes
	 * out
	 * @param meters where hits and misses are counted
	 */
	PostPageCache(Clock clock, Function<Instant, Optional<Instant>> nextPublicationAfter, MeterRegistry meters) {
		this.clock = clock;
		this.nextPublicationAfter = nextPublicationAfter;
		this.hits = meters.counter("takeaways.page.cache.requests", "result", "hit");
		this.misses = meters.counter("takeaways.page.cache.requests", "result", "miss");
	}

	/**
	 * The generation to pass to {@link #put} for a page whose rendering starts now.
	 */
	long generation() {
		return this.generation.get();
	}

	Optional<CachedPage> get(String path) {
		CachedPage page = this.pages.getIfPresent(path);
		if (page != null && page.postId() == LIST && !listsStillValid()) {
			evictLists();
			this.misses.increment();
			return Optional.empty();
		}
		((page != null) ? this.hits : this.misses).increment();
		return Optional.ofNullable(page);
	}

	/**
	 * Keeps a page unless something was evicted since its rendering began.
	 */
	void put(String path, CachedPage page, long renderedInGeneration) {
		if (page.postId() == LIST && this.listsValidUntil == null) {
			Instant now = this.clock.instant();
			this.listsValidUntil = this.nextPublicationAfter.apply(now).orElse(Instant.MAX);
		}
		if (this.generation.get() == renderedInGeneration) {
			this.pages.put(path, page);
		}
	}

	private boolean listsStillValid() {
		Instant until = this.listsValidUntil;
		return until == null || this.clock.instant().isBefore(until);
	}

	/**
	 * Forgets the pages of one post: its page and its takeaways page.
	 */
	public void evictPost(long postId) {
		this.generation.incrementAndGet();
		this.pages.asMap().values().removeIf((page) -> page.postId() == postId);
	}

	/**
	 * Forgets every list of posts; a new post may be on any of them.
	 */
	public void evictLists() {
		this.generation.incrementAndGet();
		this.pages.asMap().values().removeIf((page) -> page.postId() == LIST);
		this.listsValidUntil = null;
	}

	public void evictAll() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
		this.listsValidUntil = null;
	}

	/**
	 * @param postId the post shown, or {@link #LIST}
	 * @param body the HTML as sent
	 * @param contentType the response's content type
	 * @param etag a strong validator of the body
	 * @param headers the other headers the page was sent with (security headers, for
	 * example), replayed on every hit
	 */
	record CachedPage(long postId, byte[] body, String contentType, String etag, Map<String, String> headers) {
	}

}
