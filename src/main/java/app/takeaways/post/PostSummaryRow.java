package app.takeaways.post;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a post list, as the database returns it.
 */
record PostSummaryRow(long id, String slug, String title, String lead, Instant publishedAt, String author,
		int takeawayCount, @Nullable String leadImage) {

	/**
	 * JPQL: the rows of posts {@code p} with their authors {@code a}; joins, a
	 * {@code where} clause and an order follow.
	 */
	static final String SELECT = "select new app.takeaways.post.PostSummaryRow(p.id, p.slug, p.title, p.lead,"
			+ " p.publishedAt, a.displayName, p.takeawayCount, p.leadImage) from Post p " + PostAuthor.JOIN;

}
