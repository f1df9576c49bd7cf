package app.takeaways.post;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One approved comment as the thread shows it. {@code text} is the plain text as written;
 * {@code parts} is the same text split so that web addresses can be shown as links.
 */
public record DiscussionComment(long id, String author, @Nullable String website, Instant createdAt, String text,
		List<TextPart> parts, List<DiscussionComment> replies) {
}
