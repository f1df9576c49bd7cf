package app.takeaways.comment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A comment as the moderation queue lists it, with what it shows of the post: read as one
 * row of columns, not as entities (nothing to load lazily, nothing for the persistence
 * context to track). The post's columns come from a read-only join on the post table by
 * JPQL entity name ({@code join Post p on p.id = c.postId}): one statement, and no
 * association from a comment to another feature's entity.
 */
public record QueueRow(long id, String authorName, String authorEmail, @Nullable String authorWebsite,
		@Nullable String clientAddress, String body, CommentStatus status, @Nullable String heldBy, Instant createdAt,
		long postId, String postTitle, String postSlug, boolean postCommentsClosed) {

	/** The select list of the queue queries, in the order of the record's components. */
	static final String COLUMNS = """
			new app.takeaways.comment.QueueRow(c.id, c.authorName, c.authorEmail, c.authorWebsite, c.clientAddress,
				c.body, c.status, c.heldBy, c.createdAt, p.id, p.title, p.slug, p.commentsClosed)""";

}
