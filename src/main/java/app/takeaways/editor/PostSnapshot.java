package app.takeaways.editor;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The full content of a post at one save, as stored in a revision.
 */
record PostSnapshot(String title, String slug, String lead, String body, List<String> tags, String status,
		@Nullable Instant publishedAt, boolean commentsClosed, List<Item> takeaways) {

	record Item(String anchor, String heading, String body) {
	}

}
