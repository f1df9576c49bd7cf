package app.takeaways.takeaway;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes URL-safe identifiers ("diplomatic-outreach") from headings and titles.
 */
public final class Anchors {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");

	private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

	private static final int MAX = 60;

	private Anchors() {
	}

	/**
	 * Lowercase words joined by dashes; accents dropped, everything else removed. Empty
	 * when nothing is left.
	 */
	public static String slugify(String text) {
		String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		plain = APOSTROPHES.matcher(plain).replaceAll("");
		String slug = NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
		slug = trimDashes(slug);
		if (slug.length() > MAX) {
			slug = trimDashes(slug.substring(0, MAX));
		}
		return slug;
	}

	/**
	 * A slug of the text not yet in {@code taken}: "energy", then "energy-2", "energy-3".
	 * Falls back to {@code fallback} when the text has no letters or digits.
	 */
	public static String unique(String text, String fallback, Set<String> taken) {
		String base = slugify(text);
		if (base.isEmpty()) {
			base = fallback;
		}
		String candidate = base;
		for (int n = 2; taken.contains(candidate); n++) {
			candidate = base + "-" + n;
		}
		return candidate;
	}

	private static String trimDashes(String slug) {
		int start = 0;
		int end = slug.length();
		while (start < end && slug.charAt(start) == '-') {
			start++;
		}
		while (end > start && slug.charAt(end - 1) == '-') {
			end--;
		}
		return slug.substring(start, end);
	}

}
