package app.takeaways.transfer.wordpress;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WordPress shortcodes in post content: {@code [caption]} becomes the image with its
 * caption below; media shortcodes ({@code [gallery]}, {@code [embed]}, …) are removed
 * with what they enclose; any other shortcode loses its tags and keeps its text. Every
 * removed shortcode is counted by name.
 */
final class Shortcodes {

	private static final Pattern ENCLOSING = Pattern.compile("\\[([a-zA-Z][\\w-]*)(\\s[^\\]]*)?\\](.*?)\\[/\\1\\]",
			Pattern.DOTALL);

	private static final Pattern SINGLE = Pattern.compile("\\[/?([a-zA-Z][\\w-]*)(\\s[^\\]]*)?/?\\]");

	private static final Pattern CAPTION_ATTRIBUTE = Pattern.compile("caption=\"([^\"]*)\"");

	private static final Pattern IMAGE = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Set<String> MEDIA = Set.of("gallery", "embed", "audio", "video", "playlist");

	private final Map<String, Integer> removed = new TreeMap<>();

	/**
	 * The content with shortcodes replaced or removed.
	 */
	String apply(String html) {
		if (html.indexOf('[') < 0) {
			return html;
		}
		String result = replace(ENCLOSING, html, (m) -> enclosing(m.group(1), attributes(m), m.group(3)));
		return replace(SINGLE, result, (m) -> {
			if (!looksLikeShortcode(m.group(1), attributes(m))) {
				return m.group();
			}
			count(m.group(1));
			return "";
		});
	}

	/**
	 * A lone bracketed word ("a[i]", "[sic]") is text; a shortcode has a known name,
	 * attributes, or a plugin-style name with a dash or underscore.
	 */
	private static boolean looksLikeShortcode(String name, String attributes) {
		return MEDIA.contains(name) || "caption".equals(name) || !attributes.isBlank() || name.contains("_")
				|| name.contains("-");
	}

	private String enclosing(String name, String attributes, String inner) {
		if ("caption".equals(name) || "wp_caption".equals(name)) {
			return caption(attributes, inner);
		}
		count(name);
		return MEDIA.contains(name) ? "" : apply(inner);
	}

	/**
	 * The image on its own, and the caption (from the attribute or the text after the
	 * image) as an emphasized line below it.
	 */
	private static String caption(String attributes, String inner) {
		Matcher image = IMAGE.matcher(inner);
		if (!image.find()) {
			return inner;
		}
		int imageEnd = inner.indexOf("</a>", image.end());
		int captionStart = (imageEnd >= 0 && inner.substring(image.end(), imageEnd).isBlank()) ? imageEnd + 4
				: image.end();
		String imageHtml = inner.substring(0, captionStart).strip();
		String captionText = inner.substring(captionStart).strip();
		Matcher attribute = CAPTION_ATTRIBUTE.matcher(attributes);
		if (captionText.isEmpty() && attribute.find()) {
			captionText = attribute.group(1);
		}
		return "\n\n<p>" + imageHtml + "</p>\n\n"
				+ (captionText.isEmpty() ? "" : "<p><em>" + captionText + "</em></p>\n\n");
	}

	private static String attributes(Matcher m) {
		return (m.group(2) != null) ? m.group(2) : "";
	}

	private void count(String name) {
		this.removed.merge(name, 1, Integer::sum);
	}

	/**
	 * Shortcodes removed so far, by name.
	 */
	Map<String, Integer> removed() {
		return this.removed;
	}

	private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
		Matcher matcher = pattern.matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(with.apply(matcher)));
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
