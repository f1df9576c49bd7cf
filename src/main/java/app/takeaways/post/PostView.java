package app.takeaways.post;

import java.time.Instant;
import java.util.List;

import app.takeaways.takeaway.TakeawayView;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A whole post as its page shows it. {@code bodyHtml} is rendered from Markdown and
 * sanitized; {@code leadImage} is the picture above the lead, if the post has one.
 */
public record PostView(long id, String slug, String title, List<String> lead, String bodyHtml, String author,
		Instant publishedAt, Instant updatedAt, List<TakeawayView> takeaways, List<TagView> tags, String description,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Picture leadImage) {
}
