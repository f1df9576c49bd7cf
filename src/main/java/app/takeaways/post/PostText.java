package app.takeaways.post;

import java.util.List;

import app.takeaways.takeaway.TakeawayView;

/**
 * A visible post as a list shows it, with the texts a search result quotes from.
 *
 * @param summary the post as lists show it
 * @param lead the whole lead, plain text
 * @param body the body as plain text (Markdown syntax removed)
 * @param takeaways the takeaways in order
 */
public record PostText(PostSummary summary, String lead, String body, List<TakeawayView> takeaways) {
}
