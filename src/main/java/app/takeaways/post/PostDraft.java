package app.takeaways.post;

import java.time.Instant;
import java.util.List;

import app.takeaways.takeaway.TakeawayView;
import org.jspecify.annotations.Nullable;

/**
 * Post content to show as its page would, saved or not: what editors preview.
 */
public record PostDraft(long id, String slug, String title, String lead, String body, String author,
		@Nullable Instant publishedAt, Instant updatedAt, List<TakeawayView> takeaways, List<String> tagNames,
		boolean commentsClosed, @Nullable String leadImage) {
}
