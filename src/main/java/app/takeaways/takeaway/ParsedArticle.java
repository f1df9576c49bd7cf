package app.takeaways.takeaway;

import java.util.List;

/**
 * A plain-text article taken apart: what the editor or the demo loader turns into a post.
 *
 * @param title the first line
 * @param lead the paragraphs before the numbered list
 * @param takeaways the numbered items, in order
 * @param body the paragraphs after the list, separated by blank lines
 * @param commentsClosed whether the text said "Comments are closed."
 */
public record ParsedArticle(String title, List<String> lead, List<Item> takeaways, String body,
		boolean commentsClosed) {

	/**
	 * One numbered item.
	 *
	 * @param heading the words before the colon
	 * @param body the rest
	 */
	public record Item(String heading, String body) {
	}

}
