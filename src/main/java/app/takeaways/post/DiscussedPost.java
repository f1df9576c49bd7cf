package app.takeaways.post;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What the comments feature needs to know about a post: which one it is, whether readers
 * see it and when it came out, and whether an editor closed its comments. Read in one
 * statement, without the post's text, takeaways or author.
 */
public record DiscussedPost(long id, String slug, PostStatus status, @Nullable Instant publishedAt,
		boolean commentsClosed) {

	/** The select list of the queries that read it, in the order of the components. */
	static final String COLUMNS = "new app.takeaways.post.DiscussedPost(p.id, p.slug, p.status, p.publishedAt, p.commentsClosed)";

	static DiscussedPost of(Post post) {
		return new DiscussedPost(post.getId(), post.getSlug(), post.getStatus(), post.getPublishedAt(),
				post.isCommentsClosed());
	}

	/**
	 * Whether readers see the post at {@code now} (the rule of {@link PostStatus}).
	 */
	public boolean isVisibleAt(Instant now) {
		return this.status.isVisible(this.publishedAt, now);
	}

}
