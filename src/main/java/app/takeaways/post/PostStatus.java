package app.takeaways.post;

/**
 * Where a post is in its life. A scheduled post becomes visible at its publication time
 * without anything having to run.
 */
public enum PostStatus {

	DRAFT, SCHEDULED, PUBLISHED

}
