package app.takeaways.moderation;

import java.time.Instant;

import app.takeaways.comment.Comment;
import app.takeaways.comment.CommentStatus;
import org.jspecify.annotations.Nullable;

/**
 * A comment as the moderation queue shows it.
 */
record QueueItemView(long id, String author, String email, @Nullable String address, @Nullable String website,
		long postId, String postTitle, String postSlug, boolean postCommentsClosed, String text, String excerpt,
		Instant createdAt, CommentStatus status, @Nullable String heldBy) {

	static QueueItemView of(Comment comment) {
		String text = comment.getBody();
		String excerpt = (text.length() > 160) ? text.substring(0, 159) + "…" : text;
		return new QueueItemView(comment.getId(), comment.getAuthorName(), comment.getAuthorEmail(),
				comment.getClientAddress(), comment.getAuthorWebsite(), comment.getPost().getId(),
				comment.getPost().getTitle(), comment.getPost().getSlug(), comment.getPost().isCommentsClosed(), text,
				excerpt, comment.getCreatedAt(), comment.getStatus(), comment.getHeldBy());
	}

}
