package app.takeaways.post;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Rendered post pages as anonymous readers get them, kept in memory so the hot path
 * serves bytes instead of rendering. Only pages without a comment form are kept (a form
 * carries a per-reader CSRF token). Entries go when their post changes, when comments
 * change, or when the discussion rules change.
 */
public class PostPageCache {

	private final Cache<String, CachedPage> pages = Caffeine.newBuilder()
		.maximumWeight(32 * 1024 * 1024)
		.weigher((String path, CachedPage page) -> page.body().length + path.length())
		.expireAfterWrite(Duration.ofHours(1))
		.build();

	Optional<CachedPage> get(String path) {
		return Optional.ofNullable(this.pages.getIfPresent(path));
	}

	void put(String path, CachedPage page) {
		this.pages.put(path, page);
	}

	/**
	 * Forgets the pages of one post (its page and its takeaways page).
	 */
	public void evictPost(long postId) {
		this.pages.asMap().values().removeIf((page) -> page.postId() == postId);
	}

	public void evictAll() {
		this.pages.invalidateAll();
	}

	/**
	 * @param postId the post shown
	 * @param body the HTML as sent
	 * @param contentType the response's content type
	 * @param etag a strong validator of the body
	 * @param headers the other headers the page was sent with (security headers, for
	 * example), replayed on every hit
	 */
	record CachedPage(long postId, byte[] body, String contentType, String etag, Map<String, String> headers) {
	}

}
