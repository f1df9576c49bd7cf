package app.takeaways.comment;

/**
 * Where a comment is in moderation. Only approved comments are public or counted.
 */
public enum CommentStatus {

	PENDING, APPROVED, SPAM, TRASH

}
