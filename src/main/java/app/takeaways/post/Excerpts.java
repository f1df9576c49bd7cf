package app.takeaways.post;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Short plain-text extracts of a lead, cut at a word boundary.
 */
final class Excerpts {

	private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

	private static final int DEFAULT_LENGTH = 240;

	private Excerpts() {
	}

	static String of(String text) {
		return of(text, DEFAULT_LENGTH);
	}

	static String of(String text, int max) {
		String flat = text.strip().replaceAll("\\s+", " ");
		if (flat.length() <= max) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', max - 1);
		return flat.substring(0, (cut > max / 2) ? cut : max - 1).stripTrailing() + "…";
	}

	static List<String> paragraphs(String text) {
		return Arrays.stream(PARAGRAPH_BREAK.split(text.strip()))
			.map(String::strip)
			.filter((p) -> !p.isEmpty())
			.toList();
	}

}
