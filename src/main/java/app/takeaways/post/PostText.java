package app.takeaways.post;

import java.time.Instant;
import java.util.List;

import app.takeaways.takeaway.TakeawayView;

/**
 * A visible post with the texts a search result quotes from.
 *
 * @param slug its address
 * @param title its title
 * @param author who wrote it (the name shown)
 * @param publishedAt when it appeared
 * @param tags its tags, by name
 * @param lead the whole lead, plain text
 * @param body the body as plain text (Markdown syntax removed)
 * @param takeaways the takeaways in order
 */
public record PostText(String slug, String title, String author, Instant publishedAt, List<TagView> tags, String lead,
		String body, List<TakeawayView> takeaways) {
}
