package app.takeaways.comment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.takeaways.post.TextPart;

/**
 * Finds web addresses in a comment's plain text, so pages can show them as links while
 * everything else stays text.
 */
final class CommentText {

	private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);

	private static final String TRAILING_PUNCTUATION = ".,;:!?)]}»”’";

	private CommentText() {
	}

	static List<TextPart> parts(String text) {
		List<TextPart> parts = new ArrayList<>();
		Matcher matcher = URL.matcher(text);
		int at = 0;
		while (matcher.find()) {
			int end = trimPunctuation(text, matcher.start(), matcher.end());
			if (matcher.start() > at) {
				parts.add(new TextPart(text.substring(at, matcher.start()), false));
			}
			parts.add(new TextPart(text.substring(matcher.start(), end), true));
			at = end;
		}
		if (at < text.length()) {
			parts.add(new TextPart(text.substring(at), false));
		}
		return parts;
	}

	static int linkCount(String text) {
		return (int) parts(text).stream().filter(TextPart::link).count();
	}

	private static int trimPunctuation(String text, int start, int end) {
		while (end > start + 8 && TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0) {
			end--;
		}
		return end;
	}

}
