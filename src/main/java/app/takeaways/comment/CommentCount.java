package app.takeaways.comment;

/**
 * Approved comments of one post.
 */
record CommentCount(long postId, long count) {
}
