package app.takeaways.post;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One approved comment as the thread shows it; {@code text} is plain text.
 */
public record DiscussionComment(long id, String author, @Nullable String website, Instant createdAt, String text,
		List<DiscussionComment> replies) {
}
