package app.takeaways.comment;

/**
 * A public comment stopped being public (unapproved, spam, trash or deleted): the post's
 * page and counts change.
 */
public record CommentWithdrawn(long commentId, long postId) {
}
