package app.takeaways.transfer.wordpress;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.takeaways.post.PostContent;
import app.takeaways.post.PostStatus;
import app.takeaways.takeaway.Anchors;
import org.jspecify.annotations.Nullable;
import org.jsoup.parser.Parser;

/**
 * What a WordPress item says in Takeaways' terms: its status, tags, address and dates, a
 * name for the report, and a hash that tells whether it changed since the last import.
 */
final class WxrPosts {

	private static final DateTimeFormatter WORDPRESS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private WxrPosts() {
	}

	/**
	 * The item as the report names it.
	 */
	static String name(WxrItem item) {
		return (item.title().isBlank() ? "(untitled)" : item.title()) + " (#" + item.postId() + ")";
	}

	/**
	 * Whether a post in this WordPress status is brought in at all.
	 */
	static boolean importable(String status) {
		return List.of("publish", "future", "draft", "pending", "private").contains(status);
	}

	/**
	 * The slug as WordPress wrote it, percent-decoded (WordPress stores non-ASCII slugs
	 * encoded).
	 */
	static String wordpressSlug(WxrItem item) {
		return decoded(item.postName()).strip();
	}

	/**
	 * A slug as WordPress stores it (non-ASCII percent-encoded; a plus is a plus),
	 * decoded; as written when it is not validly encoded.
	 */
	private static String decoded(String slug) {
		try {
			return URLDecoder.decode(slug.replace("+", "%2B"), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return slug;
		}
	}

	/**
	 * The status a WordPress status becomes; an item in any other status is skipped.
	 */
	static PostStatus status(String status) {
		return switch (status) {
			case "publish" -> PostStatus.PUBLISHED;
			case "future" -> PostStatus.SCHEDULED;
			case "draft", "pending", "private" -> PostStatus.DRAFT;
			default -> throw new WordpressImporter.SkipException("transfer.skip.status:" + status);
		};
	}

	/**
	 * Categories and tags as Takeaways tags, by slug, leaving out "Uncategorized".
	 */
	static List<PostContent.TagName> tags(List<WxrItem.Category> categories) {
		Map<String, PostContent.TagName> tags = new LinkedHashMap<>();
		for (WxrItem.Category category : categories) {
			if (!"category".equals(category.domain()) && !"post_tag".equals(category.domain())) {
				continue;
			}
			String name = Parser.unescapeEntities(category.name(), false).strip();
			String slug = Anchors.slugify(category.nicename().isEmpty() ? name : decoded(category.nicename()));
			if (slug.isEmpty() || "uncategorized".equals(slug) || name.isEmpty()) {
				continue;
			}
			tags.putIfAbsent(slug, new PostContent.TagName(slug, ContentMapper.clip(name, 60)));
		}
		return List.copyOf(tags.values());
	}

	/**
	 * The time in UTC, else the local time read as UTC; null when neither is a date
	 * (WordPress writes {@code 0000-00-00 00:00:00} for drafts).
	 */
	static @Nullable Instant dateOf(String gmt, String local) {
		for (String text : List.of(gmt, local)) {
			if (text.isBlank() || text.startsWith("0000")) {
				continue;
			}
			try {
				return LocalDateTime.parse(text, WORDPRESS_DATE).toInstant(ZoneOffset.UTC);
			}
			catch (DateTimeParseException ex) {
				// try the next one
			}
		}
		return null;
	}

	/**
	 * A digest of everything the import reads from an item, to tell whether it changed.
	 */
	static String hash(WxrItem item) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (String part : List.of(item.title(), item.content(), item.excerpt(), item.status(), item.postDateGmt(),
					item.postDate(), item.postName(), item.commentStatus(), item.creator(),
					item.categories().toString())) {
				digest.update(part.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
