package app.takeaways.transfer.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.takeaways.post.PostContent;
import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Turns the HTML of a WordPress post into the parts of a post: the first paragraph is the
 * lead; the takeaways are what {@link TakeawayFinder} finds; what is left is sanitized
 * and converted to Markdown.
 */
public final class ContentMapper {

	private static final Pattern BLOCK_START = Pattern
		.compile("(?is)^<(?:!--|(?:p|ol|ul|h[1-6]|blockquote|pre|div|figure|table|hr|li|dl|section|address)\\b).*");

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.IMAGES)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "hr").toFactory());

	private static final FlexmarkHtmlConverter MARKDOWN = FlexmarkHtmlConverter
		.builder(new MutableDataSet().set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
			.set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
			.set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
			.set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false))
		.build();

	private ContentMapper() {
	}

	/**
	 * The parts of a post, with shortcodes handled by {@code shortcodes}.
	 */
	public static Mapped map(String html, Shortcodes shortcodes) {
		Document document = Jsoup.parseBodyFragment(paragraphs(shortcodes.apply(html)));
		removeComments(document);
		Element root = contentRoot(document.body());
		List<PostContent.Item> takeaways = TakeawayFinder.takeOut(root);
		String lead = lead(root);
		String markdown = MARKDOWN.convert(POLICY.sanitize(root.html())).strip();
		return new Mapped(lead, takeaways, markdown);
	}

	/**
	 * The parts of a post, for callers that do not report shortcodes.
	 */
	public static Mapped map(String html) {
		return map(html, new Shortcodes());
	}

	/**
	 * Classic-editor content keeps paragraphs as blank lines (WordPress adds the {@code
	 *
	<p>
	 * } when it shows the post): wrap text blocks that are not already HTML blocks.
	 */
	static String paragraphs(String html) {
		String[] blocks = html.replace("\r\n", "\n").split("\n\\s*\n");
		StringBuilder result = new StringBuilder();
		for (String block : blocks) {
			String trimmed = block.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			if (BLOCK_START.matcher(trimmed).matches()) {
				result.append(trimmed);
			}
			else {
				result.append("<p>").append(trimmed.replace("\n", "<br>\n")).append("</p>");
			}
			result.append("\n\n");
		}
		return result.toString();
	}

	private static void removeComments(Node node) {
		for (Node child : new ArrayList<>(node.childNodes())) {
			if (child instanceof Comment) {
				child.remove();
			}
			else {
				removeComments(child);
			}
		}
	}

	/**
	 * Content wrapped in a single {@code div} is read inside it.
	 */
	private static Element contentRoot(Element body) {
		Element root = body;
		while (root.children().size() == 1 && "div".equals(root.child(0).tagName()) && !root.child(0).hasClass("lead")
				&& root.textNodes().stream().allMatch(TextNode::isBlank)) {
			root = root.child(0);
		}
		return root;
	}

	private static String lead(Element root) {
		for (Element child : root.children()) {
			if (child.hasClass("lead")) {
				List<String> paragraphs = child.select("p").eachText();
				child.remove();
				return clip(String.join("\n\n", paragraphs.isEmpty() ? List.of(child.text()) : paragraphs), 4000);
			}
			if ("p".equals(child.tagName()) && !child.text().isBlank()) {
				child.remove();
				return clip(child.text().strip(), 4000);
			}
		}
		return "";
	}

	static String clip(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int space = text.lastIndexOf(' ', max - 1);
		return text.substring(0, (space > max / 2) ? space : max - 1) + "…";
	}

	/**
	 * A post's parts.
	 *
	 * @param lead the lead, plain text
	 * @param takeaways the takeaways found, possibly none
	 * @param body the rest, as Markdown
	 */
	public record Mapped(String lead, List<PostContent.Item> takeaways, String body) {
	}

	/** A Markdown image to another site: {@code ![text](https://...)}. */
	private static final Pattern IMAGE_LINK = Pattern.compile("!\\[[^\\]]*\\]\\(<?(https?://[^\\s)>]+)");

	/**
	 * The addresses of the pictures a mapped body shows from other sites: the import does
	 * not fetch them, so they stay links, and the report lists them.
	 */
	static List<String> imageLinks(String markdown) {
		List<String> links = new ArrayList<>();
		Matcher matcher = IMAGE_LINK.matcher(markdown);
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}

}
