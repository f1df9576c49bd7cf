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

	/**
	 * The longest heading a takeaway may have: what the editor accepts, an import keeps
	 * and a post stores.
	 */
	public static final int HEADING_MAX = 120;

	/**
	 * The longest body a takeaway may have.
	 */
	public static final int BODY_MAX = 2000;

}
