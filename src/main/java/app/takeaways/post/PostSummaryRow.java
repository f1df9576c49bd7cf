package app.takeaways.post;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a post list, as the database returns it.
 */
record PostSummaryRow(long id, String slug, String title, String lead, Instant publishedAt, String author,
		int takeawayCount, @Nullable String leadImage) {
}
