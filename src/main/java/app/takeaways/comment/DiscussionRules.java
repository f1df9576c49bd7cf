package app.takeaways.comment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The site's discussion rules at one moment, as the checks and the policy read them.
 *
 * @param holdFirstTime hold a comment whose email has no approved comment yet
 * @param maxLinks hold a comment with more links than this
 * @param disallowedWords send a comment containing any of these to spam
 * @param holdAll hold every comment
 * @param closeAfterDays close comments this many days after publication; 0 never
 * @param maxDepth how deep reply threads nest
 */
public record DiscussionRules(boolean holdFirstTime, int maxLinks, List<String> disallowedWords, boolean holdAll,
		int closeAfterDays, int maxDepth) {

	public static DiscussionRules defaults() {
		return new DiscussionRules(true, 2, List.of(), false, 0, 3);
	}

	/**
	 * Words one per line or separated by commas, lowercased, blanks dropped.
	 */
	static List<String> wordsOf(String text) {
		return Arrays.stream(text.split("[,\\n\\r]+"))
			.map((word) -> word.strip().toLowerCase(Locale.ROOT))
			.filter((word) -> !word.isEmpty())
			.distinct()
			.toList();
	}

}
