package app.takeaways.transfer.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.takeaways.post.PostContent;
import app.takeaways.takeaway.ParsedArticle;
import app.takeaways.takeaway.TakeawayView;
import app.takeaways.takeaway.TakeawayParser;
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
 * lead; takeaways come from a "Key takeaways" heading followed by a list, an ordered list
 * whose items start with a bold heading, or paragraphs shaped "1. Heading: body"; what is
 * left is sanitized and converted to Markdown.
 */
public final class ContentMapper {

	private static final Pattern KEY_TAKEAWAYS = Pattern.compile("(?i)^\\s*(key\\s+)?takeaways?\\s*:?\\s*$");

	private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(\\S.*)$", Pattern.DOTALL);

	private static final Pattern BLOCK_START = Pattern
		.compile("(?is)^<(?:!--|(?:p|ol|ul|h[1-6]|blockquote|pre|div|figure|table|hr|li|dl|section|address)\\b).*");

	private static final Pattern ANCHOR = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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
		List<PostContent.Item> takeaways = takeaways(root);
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

	private static List<PostContent.Item> takeaways(Element root) {
		return keyTakeawaysList(root).or(() -> boldList(root)).or(() -> numberedParagraphs(root)).orElse(List.of());
	}

	private static Optional<List<PostContent.Item>> keyTakeawaysList(Element root) {
		for (Element child : root.children()) {
			Element next = child.nextElementSibling();
			if (child.tagName().matches("h[1-6]|p") && KEY_TAKEAWAYS.matcher(child.text()).matches() && next != null
					&& next.tagName().matches("ol|ul")) {
				Optional<List<PostContent.Item>> items = items(next.children(), false);
				if (items.isPresent()) {
					child.remove();
					next.remove();
					return items;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<List<PostContent.Item>> boldList(Element root) {
		for (Element list : root.children()) {
			if ("ol".equals(list.tagName()) && !list.children().isEmpty()) {
				Optional<List<PostContent.Item>> items = items(list.children(), true);
				if (items.isPresent()) {
					list.remove();
					return items;
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<List<PostContent.Item>> numberedParagraphs(Element root) {
		List<Element> run = new ArrayList<>();
		for (Element child : root.children()) {
			if ("p".equals(child.tagName()) && NUMBERED.matcher(child.text()).matches()) {
				run.add(child);
			}
			else if (run.size() >= 2) {
				break;
			}
			else {
				run.clear();
			}
		}
		if (run.size() < 2) {
			return Optional.empty();
		}
		List<PostContent.Item> items = new ArrayList<>();
		for (Element paragraph : run) {
			Matcher numbered = NUMBERED.matcher(paragraph.text());
			numbered.matches();
			ParsedArticle.Item item = TakeawayParser.item(numbered.group(1));
			items.add(new PostContent.Item(null, item.heading(), item.body()));
		}
		if (!items.stream().allMatch(ContentMapper::fits)) {
			return Optional.empty();
		}
		run.forEach(Element::remove);
		return Optional.of(items);
	}

	/**
	 * The items of a list as takeaways, if each one fits; with {@code boldRequired}, only
	 * when every item starts with a bold heading.
	 */
	private static Optional<List<PostContent.Item>> items(List<Element> entries, boolean boldRequired) {
		List<PostContent.Item> items = new ArrayList<>();
		for (Element li : entries) {
			Element bold = leadingBold(li);
			if (bold == null && boldRequired) {
				return Optional.empty();
			}
			String anchor = ANCHOR.matcher(li.id()).matches() ? li.id() : null;
			if (bold != null) {
				String heading = bold.text().strip().replaceAll("[:.–—-]+$", "").strip();
				StringBuilder rest = new StringBuilder();
				for (Node sibling = bold.nextSibling(); sibling != null; sibling = sibling.nextSibling()) {
					appendText(sibling, rest);
				}
				Element block = bold.parent();
				if (block != null && block != li) {
					for (Element next = block.nextElementSibling(); next != null; next = next.nextElementSibling()) {
						rest.append('\n');
						appendText(next, rest);
					}
				}
				items.add(new PostContent.Item(anchor, heading, tidy(rest.toString()).replaceAll("^[\\s:.–—-]+", "")));
			}
			else {
				StringBuilder text = new StringBuilder();
				appendText(li, text);
				ParsedArticle.Item item = TakeawayParser.item(tidy(text.toString()));
				items.add(new PostContent.Item(anchor, item.heading(), item.body()));
			}
		}
		return items.stream().allMatch(ContentMapper::fits) ? Optional.of(items) : Optional.empty();
	}

	/**
	 * Text with white space collapsed as a browser would, except that line breaks
	 * ({@code <br>
	 * }) stay line breaks.
	 */
	private static void appendText(Node node, StringBuilder text) {
		if (node instanceof TextNode textNode) {
			text.append(textNode.getWholeText().replaceAll("\\s+", " "));
		}
		else if (node instanceof Element element) {
			if ("br".equals(element.tagName())) {
				text.append('\n');
			}
			for (Node child : element.childNodes()) {
				appendText(child, text);
			}
		}
	}

	private static String tidy(String text) {
		return text.replaceAll(" *\n *", "\n").replaceAll(" {2,}", " ").strip();
	}

	private static Element leadingBold(Element li) {
		for (Node node : li.childNodes()) {
			if (node instanceof TextNode text && text.isBlank()) {
				continue;
			}
			if (node instanceof Element element) {
				if (element.tagName().matches("strong|b")) {
					return element;
				}
				if ("p".equals(element.tagName())) {
					return leadingBold(element);
				}
			}
			return null;
		}
		return null;
	}

	private static boolean fits(PostContent.Item item) {
		return !item.heading().isBlank() && item.heading().length() <= TakeawayView.HEADING_MAX
				&& item.body().length() <= TakeawayView.BODY_MAX;
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
