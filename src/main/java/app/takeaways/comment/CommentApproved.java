package app.takeaways.comment;

/**
 * A comment became public: the post's page and counts change.
 */
public record CommentApproved(long commentId, long postId) {
}
