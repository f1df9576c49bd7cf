package app.takeaways.post;

import java.time.Instant;
import java.util.List;

import app.takeaways.takeaway.TakeawayView;

/**
 * A whole post as its page shows it. {@code bodyHtml} is rendered from Markdown and
 * sanitized.
 */
public record PostView(long id, String slug, String title, List<String> lead, String bodyHtml, String author,
		Instant publishedAt, Instant updatedAt, List<TakeawayView> takeaways, List<TagView> tags, String description) {
}
