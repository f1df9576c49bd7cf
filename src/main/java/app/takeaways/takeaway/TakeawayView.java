package app.takeaways.takeaway;

/**
 * A takeaway as pages and the API show it.
 *
 * @param position one-based number in the list
 * @param anchor stable fragment id, e.g. {@code diplomatic-outreach}
 * @param heading short heading
 * @param body plain text
 */
public record TakeawayView(int position, String anchor, String heading, String body) {
}
