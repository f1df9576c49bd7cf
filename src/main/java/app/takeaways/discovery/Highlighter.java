package app.takeaways.discovery;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * Marks the words of a text that start with one of the searched stems ("deal" marks
 * "Deals"), and cuts excerpts around the first match.
 */
final class Highlighter {

	private final Pattern pattern;

	/**
	 * The first character of each stem, as given and folded as the pattern folds it;
	 * {@code null} when a stem starts with a surrogate (a character outside the Basic
	 * Multilingual Plane), and every position is then tried.
	 */
	private final char @Nullable [] firsts;

	/**
	 * @param stems the words' stems: at least one, none of them empty
	 */
	Highlighter(List<String> stems) {
		Assert.notEmpty(stems, "No stems");
		Assert.isTrue(stems.stream().noneMatch(String::isEmpty), "A stem is empty");
		String alternatives = stems.stream().map(Pattern::quote).collect(Collectors.joining("|"));
		this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")[\\p{L}\\p{N}]*",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		this.firsts = firstCharacters(stems);
	}

	boolean matches(String text) {
		return find(matcher(text), text, 0);
	}

	Highlighted mark(String text) {
		List<Highlighted.Part> parts = new ArrayList<>();
		Matcher matcher = matcher(text);
		int last = 0;
		while (find(matcher, text, last)) {
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
		Matcher matcher = matcher(flat);
		int start = find(matcher, flat, 0) ? Math.max(0, matcher.start() - max / 4) : 0;
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

	private Matcher matcher(String text) {
		// The look-behind for a letter before a match sees past the region's start.
		return this.pattern.matcher(text).useTransparentBounds(true);
	}

	/**
	 * Finds the next match in the matcher's text from {@code from}, as
	 * {@link Matcher#find(int)} would. A search scans whole post bodies, where trying the
	 * pattern at every character was the largest part of a search page's work; a match
	 * can start only where a stem's first character stands, so the pattern is tried there
	 * alone.
	 */
	private boolean find(Matcher matcher, String text, int from) {
		int length = text.length();
		if (this.firsts == null) {
			return matcher.region(from, length).find();
		}
		for (int i = from; i < length; i++) {
			if (mayStartMatch(text.charAt(i))) {
				if (matcher.region(i, length).lookingAt()) {
					return true;
				}
			}
		}
		return false;
	}

	private boolean mayStartMatch(char c) {
		char folded = fold(c);
		for (char first : this.firsts) {
			if (c == first || folded == first) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A character folded as {@link Pattern#UNICODE_CASE} folds both sides of most
	 * comparisons. The pattern accepts a character as a stem's first one only if it, or
	 * this fold of it, equals that first character or its fold, which is what
	 * {@link #mayStartMatch} lets through (it may let through more; the pattern decides).
	 */
	private static char fold(char c) {
		return Character.toLowerCase(Character.toUpperCase(c));
	}

	private static char @Nullable [] firstCharacters(List<String> stems) {
		char[] firsts = new char[stems.size() * 2];
		for (int i = 0; i < stems.size(); i++) {
			String stem = stems.get(i);
			if (Character.isSurrogate(stem.charAt(0))) {
				return null;
			}
			firsts[2 * i] = stem.charAt(0);
			firsts[2 * i + 1] = fold(stem.charAt(0));
		}
		return firsts;
	}

}
