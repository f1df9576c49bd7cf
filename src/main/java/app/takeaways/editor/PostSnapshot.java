package app.takeaways.editor;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The full content of a post at one save, as stored in a revision. Revisions stored
 * before posts had lead pictures read with {@code leadImage} null, which they had.
 */
record PostSnapshot(String title, String slug, String lead, String body, List<String> tags, String status,
		@Nullable Instant publishedAt, boolean commentsClosed, List<Item> takeaways, @Nullable String leadImage) {

	record Item(String anchor, String heading, String body) {
	}

}
