package app.takeaways.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import app.takeaways.takeaway.ParsedArticle;
import app.takeaways.takeaway.TakeawayParser;
import org.jspecify.annotations.Nullable;

/**
 * One demo file: a small header ("slug:", "published:", "status:", "tags:", "comment:"
 * lines), a line "---", then the article as plain text.
 */
record DemoArticle(String slug, @Nullable Instant published, List<String> tags, List<DemoComment> comments,
		ParsedArticle article) {

	static DemoArticle parse(String text) {
		int separator = text.indexOf("\n---\n");
		if (separator < 0) {
			throw new IllegalArgumentException("Demo file without a '---' line after its header");
		}
		String slug = null;
		Instant published = null;
		boolean draft = false;
		List<String> tags = new ArrayList<>();
		List<DemoComment> comments = new ArrayList<>();
		for (String line : text.substring(0, separator).split("\n")) {
			int colon = line.indexOf(':');
			String name = line.substring(0, colon).strip();
			String value = line.substring(colon + 1).strip();
			switch (name) {
				case "slug" -> slug = value;
				case "published" -> published = Instant.parse(value);
				case "status" -> draft = "draft".equals(value);
				case "tags" -> tags.addAll(Arrays.stream(value.split(",")).map(String::strip).toList());
				case "comment" -> comments.add(DemoComment.parse(value));
				default -> throw new IllegalArgumentException("Unknown demo header " + name);
			}
		}
		if (slug == null) {
			throw new IllegalArgumentException("Demo file without a slug");
		}
		ParsedArticle article = TakeawayParser.parse(text.substring(separator + 5));
		return new DemoArticle(slug, draft ? null : published, List.copyOf(tags), List.copyOf(comments), article);
	}

	/**
	 * An approved comment: "Name | email | 2026-11-20T14:05:00Z | text".
	 */
	record DemoComment(String author, String email, Instant at, String text) {

		static DemoComment parse(String value) {
			String[] parts = value.split("\\|", 4);
			return new DemoComment(parts[0].strip(), parts[1].strip(), Instant.parse(parts[2].strip()),
					parts[3].strip());
		}

	}

}
