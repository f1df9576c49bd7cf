package app.takeaways.moderation;

import java.time.Instant;

import app.takeaways.comment.CommentStatus;
import app.takeaways.comment.QueueRow;
import org.jspecify.annotations.Nullable;

/**
 * A comment as the moderation queue shows it.
 */
record QueueItemView(long id, String author, String email, @Nullable String address, @Nullable String website,
		long postId, String postTitle, String postSlug, boolean postCommentsClosed, String text, String excerpt,
		Instant createdAt, CommentStatus status, @Nullable String heldBy) {

	static QueueItemView of(QueueRow row) {
		String text = row.body();
		String excerpt = (text.length() > 160) ? text.substring(0, 159) + "…" : text;
		return new QueueItemView(row.id(), row.authorName(), row.authorEmail(), row.clientAddress(),
				row.authorWebsite(), row.postId(), row.postTitle(), row.postSlug(), row.postCommentsClosed(), text,
				excerpt, row.createdAt(), row.status(), row.heldBy());
	}

}
