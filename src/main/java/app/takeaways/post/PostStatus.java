package app.takeaways.post;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a post is in its life. A scheduled post becomes visible at its publication time
 * without anything having to run.
 */
public enum PostStatus {

	DRAFT, SCHEDULED, PUBLISHED;

	/**
	 * Whether a post in this status, coming out at {@code publishedAt}, is visible to
	 * readers at {@code now} (the rule is in {@link Visibility}).
	 */
	public boolean isVisible(@Nullable Instant publishedAt, Instant now) {
		return Visibility.at(this, publishedAt, now);
	}

}
