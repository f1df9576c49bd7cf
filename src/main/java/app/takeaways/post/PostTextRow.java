package app.takeaways.post;

import java.time.Instant;

/**
 * A visible post's texts as a search result quotes them, as {@link PostsById} reads them.
 */
record PostTextRow(long id, String slug, String title, String lead, String body, Instant publishedAt, String author) {
}
