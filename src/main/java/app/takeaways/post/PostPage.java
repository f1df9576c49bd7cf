package app.takeaways.post;

/**
 * Everything a post page shows: the post and its discussion.
 */
public record PostPage(PostView post, Discussion discussion) {
}
