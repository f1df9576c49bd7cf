package app.takeaways.post;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A post as lists show it: home page, tag pages, the API; with its lead picture, shown
 * small, if it has one.
 */
public record PostSummary(String slug, String title, String excerpt, String author, Instant publishedAt,
		int takeawayCount, int commentCount, List<TagView> tags,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Picture leadImage) {
}
