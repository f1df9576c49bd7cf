package app.takeaways.post;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps old addresses answering: a public post's previous slugs redirect to its current
 * one, a deleted post's slugs answer 410 Gone. A slug taken by a post again is released.
 */
@Service
public class SlugHistory {

	private final RetiredSlugRepository retired;

	private final Clock clock;

	SlugHistory(RetiredSlugRepository retired, Clock clock) {
		this.retired = retired;
		this.clock = clock;
	}

	/**
	 * The post with this id has left {@code oldSlug}.
	 */
	@Transactional
	public void moved(String oldSlug, long postId) {
		this.retired.save(new RetiredSlug(oldSlug, postId, this.clock.instant()));
	}

	/**
	 * The post at {@code slug} was deleted.
	 */
	@Transactional
	public void gone(String slug) {
		this.retired.save(new RetiredSlug(slug, null, this.clock.instant()));
	}

	/**
	 * A post now uses {@code slug}; it no longer redirects or answers Gone.
	 */
	@Transactional
	public void claim(String slug) {
		claimAll(List.of(slug));
	}

	/**
	 * Posts now use these slugs (found with one statement).
	 */
	@Transactional
	public void claimAll(Collection<String> slugs) {
		List<RetiredSlug> entries = this.retired.findAllById(slugs);
		if (!entries.isEmpty()) {
			this.retired.deleteAll(entries);
			this.retired.flush();
		}
	}

}
