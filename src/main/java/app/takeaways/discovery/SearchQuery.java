package app.takeaways.discovery;

import app.takeaways.common.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * What a reader typed into the search box: the text as given, and the words it matches
 * on. Words are letters and digits; common English words are left out, as PostgreSQL's
 * {@code english} configuration does, and a plural or verb ending is cut off so that
 * "deals" also finds "deal".
 */
record SearchQuery(String text, List<String> stems) {

	static final int MAX_LENGTH = 200;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/**
	 * PostgreSQL's {@code english} stop words (Snowball's list), so both databases ignore
	 * the same words.
	 */
	private static final Set<String> STOP_WORDS = Set.of("i", "me", "my", "myself", "we", "our", "ours", "ourselves",
			"you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
			"herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "what", "which", "who",
			"whom", "this", "that", "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have",
			"has", "had", "having", "do", "does", "did", "doing", "a", "an", "the", "and", "but", "if", "or", "because",
			"as", "until", "while", "of", "at", "by", "for", "with", "about", "against", "between", "into", "through",
			"during", "before", "after", "above", "below", "to", "from", "up", "down", "in", "out", "on", "off", "over",
			"under", "again", "further", "then", "once", "here", "there", "when", "where", "why", "how", "all", "any",
			"both", "each", "few", "more", "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same",
			"so", "than", "too", "very", "s", "t", "can", "will", "just", "don", "should", "now");

	/**
	 * The query, or null with the message key saying why it cannot be run.
	 */
	static Parsed parse(@Nullable String text) {
		String trimmed = (text != null) ? text.strip() : "";
		if (trimmed.isEmpty()) {
			return new Parsed(null, "search.problem.empty");
		}
		if (trimmed.length() > MAX_LENGTH) {
			return new Parsed(null, "search.problem.too-long");
		}
		if (!PlainText.Validator.isPlain(trimmed)) {
			return new Parsed(null, "search.problem.control");
		}
		List<String> stems = new ArrayList<>();
		Matcher words = WORD.matcher(trimmed.toLowerCase(Locale.ROOT));
		while (words.find()) {
			String word = words.group();
			if (!STOP_WORDS.contains(word) && !stems.contains(stem(word))) {
				stems.add(stem(word));
			}
		}
		if (stems.isEmpty()) {
			return new Parsed(null, "search.problem.no-words");
		}
		return new Parsed(new SearchQuery(trimmed, List.copyOf(stems)), null);
	}

	static String stem(String word) {
		if (word.length() > 5 && word.endsWith("ing")) {
			return word.substring(0, word.length() - 3);
		}
		if (word.length() > 4 && word.endsWith("ed")) {
			return word.substring(0, word.length() - 2);
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

	/**
	 * @param query the query to run, if it can be
	 * @param problem message key saying why not
	 */
	record Parsed(@Nullable SearchQuery query, @Nullable String problem) {
	}

}
