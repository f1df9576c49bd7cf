package app.takeaways.post;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of the editor's list of all posts.
 */
public record PostListRow(long id, String slug, String title, PostStatus status, @Nullable Instant publishedAt,
		Instant updatedAt, String author) {

	/**
	 * The status as readers experience it at {@code now}: a scheduled post whose time has
	 * come is published.
	 */
	public PostStatus statusAt(Instant now) {
		if (this.status == PostStatus.SCHEDULED && this.status.isVisible(this.publishedAt, now)) {
			return PostStatus.PUBLISHED;
		}
		return this.status;
	}

}
