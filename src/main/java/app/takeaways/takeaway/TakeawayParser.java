package app.takeaways.takeaway;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text article such as the seed document: the first line is the title, the
 * paragraphs before the numbered list the lead, each numbered item ("1. Heading: body",
 * "1) Heading: body", "1 - Heading") a takeaway, the rest the body. Comment-area
 * furniture ("One thought on …", "Comments are closed.") is dropped; the latter closes
 * comments.
 */
public final class TakeawayParser {

	private static final Pattern ITEM = Pattern.compile("^\\s*\\d{1,3}(?:[.)]|\\s+[-–—])\\s+(\\S.*)$");

	private static final Pattern COMMENT_COUNT = Pattern.compile(
			"^(?:one|no|\\d+)\\s+(?:thoughts?|comments?|responses?|replies)\\s+(?:on|to)\\b.*",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern COMMENTS_CLOSED = Pattern.compile("^comments are closed\\.?$",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern OTHER_FURNITURE = Pattern.compile("^(?:leave a reply|leave a comment)\\.?$",
			Pattern.CASE_INSENSITIVE);

	private TakeawayParser() {
	}

	public static ParsedArticle parse(String text) {
		String normalized = text.replace("\r\n", "\n").replace('\r', '\n').stripLeading();
		int endOfTitle = normalized.indexOf('\n');
		String title = (endOfTitle < 0) ? normalized.strip() : normalized.substring(0, endOfTitle).strip();
		List<String> blocks = blocks((endOfTitle < 0) ? "" : normalized.substring(endOfTitle + 1));
		List<String> lead = new ArrayList<>();
		List<ParsedArticle.Item> items = new ArrayList<>();
		List<String> rest = new ArrayList<>();
		boolean closed = false;
		for (String block : blocks) {
			if (COMMENTS_CLOSED.matcher(block).matches()) {
				closed = true;
				continue;
			}
			if (COMMENT_COUNT.matcher(block).matches() || OTHER_FURNITURE.matcher(block).matches()) {
				continue;
			}
			Matcher item = ITEM.matcher(block);
			if (item.matches()) {
				rest.forEach((paragraph) -> appendToLast(items, paragraph));
				rest.clear();
				items.add(item(item.group(1)));
			}
			else if (items.isEmpty()) {
				lead.add(block);
			}
			else if (items.get(items.size() - 1).body().isEmpty()) {
				appendToLast(items, block);
			}
			else {
				rest.add(block);
			}
		}
		if (items.isEmpty() && lead.size() > 1) {
			rest.addAll(lead.subList(1, lead.size()));
			lead = List.of(lead.get(0));
		}
		return new ParsedArticle(title, List.copyOf(lead), List.copyOf(items), String.join("\n\n", rest), closed);
	}

	public static ParsedArticle.Item item(String text) {
		int colon = text.indexOf(':');
		if (colon > 0 && colon <= TakeawayView.HEADING_MAX) {
			return new ParsedArticle.Item(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
		}
		if (text.length() <= TakeawayView.HEADING_MAX) {
			return new ParsedArticle.Item(text.strip(), "");
		}
		int stop = text.indexOf(". ");
		int cut = (stop > 0 && stop < TakeawayView.HEADING_MAX) ? stop : TakeawayView.HEADING_MAX;
		return new ParsedArticle.Item(text.substring(0, cut).strip(),
				text.substring(cut).replaceFirst("^\\.", "").strip());
	}

	private static void appendToLast(List<ParsedArticle.Item> items, String paragraph) {
		ParsedArticle.Item last = items.remove(items.size() - 1);
		String body = last.body().isEmpty() ? paragraph : last.body() + "\n\n" + paragraph;
		items.add(new ParsedArticle.Item(last.heading(), body));
	}

	/**
	 * Paragraphs, with numbered items split even where no blank line separates them.
	 * Lines of one paragraph are joined by a space.
	 */
	static List<String> blocks(String text) {
		List<String> blocks = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String raw : text.split("\n", -1)) {
			String line = raw.strip();
			boolean startsItem = ITEM.matcher(line).matches();
			if (line.isEmpty() || startsItem) {
				flush(current, blocks);
			}
			if (!line.isEmpty()) {
				if (!current.isEmpty()) {
					current.append(' ');
				}
				current.append(line);
			}
		}
		flush(current, blocks);
		return blocks;
	}

	private static void flush(StringBuilder current, List<String> blocks) {
		if (!current.isEmpty()) {
			blocks.add(current.toString());
			current.setLength(0);
		}
	}

}
