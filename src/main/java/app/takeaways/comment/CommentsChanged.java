package app.takeaways.comment;

/**
 * The public discussion of a post changed: a comment became public or stopped being
 * public, so the post's thread and its comment count change.
 */
public record CommentsChanged(long postId) {
}
