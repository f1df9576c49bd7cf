package app.takeaways.pagecache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Answers as anonymous readers get them, kept in memory so the hot path serves bytes
 * instead of rendering: pages, feeds and JSON marked {@code @CachedPage}, each with its
 * compressed forms made once when it is stored. An entry belongs to one post (by id, as
 * the change events name posts) or to the lists. What a change evicts is decided in one
 * place, {@link PageCacheEviction}; lists also go on their own when the next scheduled
 * post comes out. An answer rendered while something changed is not kept: every eviction
 * moves a generation counter, and an answer is stored only if the counter has not moved
 * since its request began.
 */
public class PageCache {

	/** The owner of list entries. */
	static final long LIST = -1;

	private final Cache<String, CachedAnswer> answers = Caffeine.newBuilder()
		.maximumWeight(32 * 1024 * 1024)
		.weigher((String path, CachedAnswer answer) -> answer.weight() + path.length())
		.expireAfterWrite(Duration.ofHours(1))
		.build();

	/** Addresses asked for once, for {@link #askedBefore}. */
	private final Cache<String, Boolean> asked = Caffeine.newBuilder().maximumSize(10_000).build();

	private final AtomicLong generation = new AtomicLong();

	private final Clock clock;

	private final Supplier<Optional<Instant>> nextPublication;

	private volatile @Nullable Instant listsValidUntil;

	private final Counter hits;

	private final Counter misses;

	/**
	 * @param clock the clock that decides when a scheduled post is out
	 * @param nextPublication when the first post scheduled after now comes out
	 * @param meters where hits and misses are counted
	 */
	PageCache(Clock clock, Supplier<Optional<Instant>> nextPublication, MeterRegistry meters) {
		this.clock = clock;
		this.nextPublication = nextPublication;
		this.hits = meters.counter("takeaways.page.cache.requests", "result", "hit");
		this.misses = meters.counter("takeaways.page.cache.requests", "result", "miss");
	}

	/**
	 * The generation to pass to {@link #put} for an answer whose rendering starts now.
	 */
	long generation() {
		return this.generation.get();
	}

	Optional<CachedAnswer> get(String path) {
		CachedAnswer answer = this.answers.getIfPresent(path);
		if (answer != null && answer.owner() == LIST && !listsStillValid()) {
			evictLists();
			this.misses.increment();
			return Optional.empty();
		}
		((answer != null) ? this.hits : this.misses).increment();
		return Optional.ofNullable(answer);
	}

	/**
	 * Keeps an answer unless something was evicted since its rendering began.
	 */
	void put(String path, CachedAnswer answer, long renderedInGeneration) {
		if (answer.owner() == LIST && this.listsValidUntil == null) {
			this.listsValidUntil = this.nextPublication.get().orElse(Instant.MAX);
		}
		if (this.generation.get() == renderedInGeneration) {
			this.answers.put(path, answer);
		}
	}

	/**
	 * Whether {@code path} was asked for before (of the last ten thousand addresses asked
	 * for); notes that it now was.
	 */
	boolean askedBefore(String path) {
		return this.asked.asMap().putIfAbsent(path, Boolean.TRUE) != null;
	}

	private boolean listsStillValid() {
		Instant until = this.listsValidUntil;
		return until == null || this.clock.instant().isBefore(until);
	}

	/**
	 * Forgets everything kept about one post: its pages, feed and JSON, in every
	 * encoding.
	 */
	public void evictPost(long postId) {
		this.generation.incrementAndGet();
		this.answers.asMap().values().removeIf((answer) -> answer.owner() == postId);
	}

	/**
	 * Forgets every list of posts; a new post may be on any of them.
	 */
	public void evictLists() {
		this.generation.incrementAndGet();
		this.answers.asMap().values().removeIf((answer) -> answer.owner() == LIST);
		this.listsValidUntil = null;
	}

	public void evictAll() {
		this.generation.incrementAndGet();
		this.answers.invalidateAll();
		this.listsValidUntil = null;
	}

}
