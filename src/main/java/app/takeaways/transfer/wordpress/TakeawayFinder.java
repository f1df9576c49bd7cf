package app.takeaways.transfer.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.takeaways.post.PostContent;
import app.takeaways.takeaway.ParsedArticle;
import app.takeaways.takeaway.TakeawayParser;
import app.takeaways.takeaway.TakeawayView;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the takeaway list of a WordPress post's HTML, in the first shape that fits: a
 * "Key takeaways" heading followed by a list, an ordered list whose items start with a
 * bold heading, or two or more paragraphs shaped "1. Heading: body". Every takeaway must
 * fit Takeaways' limits, or the list is left where it is, as part of the body.
 */
final class TakeawayFinder {

	private static final Pattern KEY_TAKEAWAYS = Pattern.compile("(?i)^\\s*(key\\s+)?takeaways?\\s*:?\\s*$");

	private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(\\S.*)$", Pattern.DOTALL);

	private static final Pattern ANCHOR = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private TakeawayFinder() {
	}

	/**
	 * The takeaways found in {@code root}, taken out of it (with their heading); none
	 * when nothing there has the shape of a takeaway list.
	 */
	static List<PostContent.Item> takeOut(Element root) {
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
		if (!items.stream().allMatch(TakeawayFinder::fits)) {
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
		return items.stream().allMatch(TakeawayFinder::fits) ? Optional.of(items) : Optional.empty();
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

}
