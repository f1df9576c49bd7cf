package app.takeaways.post;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One approved comment as the thread shows it. {@code text} is the plain text as written;
 * {@code parts} is the same text split so that web addresses can be shown as links.
 */
public record DiscussionComment(long id, String author, @Schema(types = {
		"string", "null" }) @Nullable String website, Instant createdAt, String text, List<TextPart> parts,
		List<DiscussionComment> replies){
}
