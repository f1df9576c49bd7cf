package app.takeaways.post;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A post and its author's names, read in one statement (see {@link PostAuthor#JOIN}).
 *
 * @param post the post
 * @param username the author's user name
 * @param displayName the author's name shown
 */
record AuthoredPost(Post post, @Nullable String username, @Nullable String displayName) {

	/**
	 * JPQL: posts {@code p} with their takeaways and their authors' names, one row per
	 * takeaway (see {@link #distinct(List)}); a {@code where} clause follows.
	 */
	static final String QUERY = "select new app.takeaways.post.AuthoredPost(p, a.username, a.displayName)"
			+ " from Post p left join fetch p.takeaways " + PostAuthor.JOIN;

	/**
	 * One row per post, in the order of their first rows.
	 */
	static List<AuthoredPost> distinct(List<AuthoredPost> rows) {
		return rows.stream().distinct().toList();
	}

	/**
	 * The post, remembering its author's names for the rest of the transaction.
	 */
	Post withAuthor() {
		this.post.writtenBy(new PostAuthor(nonNull(this.username), nonNull(this.displayName)));
		return this.post;
	}

	private static String nonNull(@Nullable String name) {
		return (name != null) ? name : "";
	}

}
