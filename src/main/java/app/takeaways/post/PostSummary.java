package app.takeaways.post;

import java.time.Instant;
import java.util.List;

/**
 * A post as lists show it: home page, tag pages, the API.
 */
public record PostSummary(String slug, String title, String excerpt, String author, Instant publishedAt,
		int takeawayCount, int commentCount, List<TagView> tags) {
}
