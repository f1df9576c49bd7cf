package app.takeaways.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Marks the words of a text that start with one of the searched stems ("deal" marks
 * "Deals"), and cuts excerpts around the first match.
 */
final class Highlighter {

	private final Pattern pattern;

	Highlighter(List<String> stems) {
		String alternatives = stems.stream().map(Pattern::quote).collect(Collectors.joining("|"));
		this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")[\\p{L}\\p{N}]*",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	boolean matches(String text) {
		return this.pattern.matcher(text).find();
	}

	Highlighted mark(String text) {
		List<Highlighted.Part> parts = new ArrayList<>();
		Matcher matcher = this.pattern.matcher(text);
		int last = 0;
		while (matcher.find()) {
			if (matcher.start() > last) {
				parts.add(new Highlighted.Part(text.substring(last, matcher.start()), false));
			}
			parts.add(new Highlighted.Part(matcher.group(), true));
			last = matcher.end();
		}
		if (last < text.length()) {
			parts.add(new Highlighted.Part(text.substring(last), false));
		}
		return new Highlighted(List.copyOf(parts));
	}

	/**
	 * About {@code max} characters of the text around its first match (or its start), cut
	 * at spaces, with an ellipsis where text was left out.
	 */
	Highlighted excerpt(String text, int max) {
		String flat = text.strip().replaceAll("\\s+", " ");
		if (flat.length() <= max) {
			return mark(flat);
		}
		Matcher matcher = this.pattern.matcher(flat);
		int start = matcher.find() ? Math.max(0, matcher.start() - max / 4) : 0;
		if (start > 0) {
			int space = flat.indexOf(' ', start);
			start = (space >= 0 && space < matcher.start()) ? space + 1 : start;
		}
		int end = Math.min(flat.length(), start + max);
		if (end < flat.length()) {
			int space = flat.lastIndexOf(' ', end);
			end = (space > start) ? space : end;
		}
		String cut = flat.substring(start, end);
		return mark(((start > 0) ? "…" : "") + cut + ((end < flat.length()) ? "…" : ""));
	}

}
