package app.takeaways.transfer.wordpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.takeaways.account.Authors;
import app.takeaways.comment.CommentCommands;
import app.takeaways.comment.CommentStatus;
import app.takeaways.post.PostCommands;
import app.takeaways.post.PostContent;
import app.takeaways.post.PostStatus;
import app.takeaways.takeaway.Anchors;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a WordPress export file. The file is read twice: once to check that it is a
 * well-formed export and count its items (a file that is not imports nothing), then to
 * import item by item, each in its own transaction, so one bad item is skipped and named
 * while the others come in. Posts and comments already imported from the same site are
 * matched by their WordPress ids: an unchanged post is left alone, a changed one
 * replaced.
 */
@Service
public class WordpressImporter {

	private static final Logger log = LoggerFactory.getLogger(WordpressImporter.class);

	private static final DateTimeFormatter WORDPRESS_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final int BODY_MAX = 100_000;

	/** Items imported in one transaction. */
	static final int BATCH = 50;

	private final PostCommands posts;

	private final CommentCommands comments;

	private final Authors authors;

	private final WordpressLinks links;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final EntityManager entities;

	WordpressImporter(PostCommands posts, CommentCommands comments, Authors authors, WordpressLinks links,
			PlatformTransactionManager transactions, Clock clock, EntityManager entities) {
		this.posts = posts;
		this.comments = comments;
		this.authors = authors;
		this.links = links;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.entities = entities;
	}

	/**
	 * Imports the file, filling in {@code report} as it goes; never throws for a bad
	 * file.
	 */
	public void run(Path file, ImportReport report) {
		try {
			WxrSource source = new WxrSource(file);
			Map<String, String> authorNames = new LinkedHashMap<>();
			int[] items = { 0 };
			long dropped = source.each((document) -> WxrReader.read(document, new WxrReader.Handler() {
				@Override
				public void author(WxrAuthor author) {
					authorNames.put(author.login(), author.displayName());
				}

				@Override
				public void item(WxrItem item) {
					items[0]++;
				}
			}));
			report.controlCharacters(dropped);
			report.total(items[0]);
			Map<String, Long> authorIds = new HashMap<>();
			authorNames.forEach((login, name) -> authorIds.put(login, author(login, name)));
			report.authors(authorIds.size());
			String[] site = { "" };
			List<WxrItem> batch = new ArrayList<>();
			source.each((document) -> {
				WxrReader.read(document, new WxrReader.Handler() {
					@Override
					public void site(String baseSiteUrl) {
						site[0] = baseSiteUrl;
					}

					@Override
					public void item(WxrItem item) {
						batch.add(item);
						if (batch.size() == BATCH) {
							importBatch(site[0], batch, authorIds, report);
						}
					}
				});
				importBatch(site[0], batch, authorIds, report);
			});
			report.authors(authorIds.size());
		}
		catch (WxrException ex) {
			log.debug("WordPress import refused: {}", ex.getMessage(), ex);
			report.failed(ex.getMessage());
		}
		catch (IOException | UncheckedIOException ex) {
			log.warn("WordPress import could not read its file", ex);
			report.failed("The file could not be read: " + ex.getMessage());
		}
		report.finished();
	}

	private long author(String login, String displayName) {
		String username = ContentMapper.clip(login.isBlank() ? "wordpress" : login, 60);
		return this.authors.findOrCreateWithoutSignIn(username, ContentMapper.clip(displayName, 120));
	}

	/**
	 * Imports a batch of items in one transaction (one commit for many posts); should the
	 * transaction fail, imports them again one by one, so only the bad item is lost. What
	 * the batch did reaches the report once it is committed.
	 */
	private void importBatch(String site, List<WxrItem> batch, Map<String, Long> authorIds, ImportReport report) {
		if (batch.isEmpty()) {
			return;
		}
		Map<WxrItem, Long> authorOf = new HashMap<>();
		for (WxrItem item : batch) {
			if ("post".equals(item.postType()) && importable(item.status())) {
				authorOf.put(item, authorIds.computeIfAbsent(item.creator(), (login) -> author(login, login)));
			}
		}
		ImportReport done = new ImportReport();
		try {
			this.transactions.executeWithoutResult((tx) -> batch.forEach((item) -> {
				importItem(site, item, authorOf, done);
				// What one item wrote is not needed by the next: keep the persistence
				// context small, or every query's auto-flush checks the whole batch.
				this.entities.flush();
				this.entities.clear();
			}));
			report.add(done);
		}
		catch (RuntimeException ex) {
			log.debug("Batch of {} items failed; importing them one by one", batch.size(), ex);
			for (WxrItem item : batch) {
				ImportReport single = new ImportReport();
				try {
					this.transactions.executeWithoutResult((tx) -> importItem(site, item, authorOf, single));
					report.add(single);
				}
				catch (RuntimeException itemFailed) {
					log.warn("WordPress item {} could not be imported", name(item), itemFailed);
					report.skipped(name(item), "transfer.skip.error");
				}
			}
		}
		batch.forEach((item) -> report.itemDone());
		batch.clear();
	}

	private static String name(WxrItem item) {
		return (item.title().isBlank() ? "(untitled)" : item.title()) + " (#" + item.postId() + ")";
	}

	/**
	 * One item inside the current transaction. An item that is left out is left out
	 * before anything of it is written.
	 */
	private void importItem(String site, WxrItem item, Map<WxrItem, Long> authorOf, ImportReport report) {
		if (!"post".equals(item.postType())) {
			report.skippedType(item.postType());
			return;
		}
		try {
			status(item.status());
			importPost(site, item, authorOf.get(item), report);
		}
		catch (SkipException ex) {
			report.skipped(name(item), ex.getMessage());
		}
	}

	private static boolean importable(String status) {
		return List.of("publish", "future", "draft", "pending", "private").contains(status);
	}

	private void importPost(String site, WxrItem item, long author, ImportReport report) {
		if (item.contentTooLong()) {
			throw new SkipException("transfer.skip.too-long");
		}
		PostStatus status = status(item.status());
		Shortcodes shortcodes = new Shortcodes();
		ContentMapper.Mapped mapped = ContentMapper.map(item.content(), shortcodes);
		if (mapped.body().length() > BODY_MAX) {
			throw new SkipException("transfer.skip.too-long");
		}
		List<PostContent.TagName> tags = tags(item.categories());
		Instant published = (status == PostStatus.DRAFT) ? null : dateOf(item.postDateGmt(), item.postDate());
		String title = ContentMapper.clip(Parser.unescapeEntities(item.title(), false).strip(), 200);
		PostContent content = new PostContent(title.isEmpty() ? "(untitled)" : title, mapped.lead(), mapped.body(),
				mapped.takeaways(), tags, (published == null) ? PostStatus.DRAFT : status, published,
				"closed".equals(item.commentStatus()), dateOf("", item.postDate()), null);
		String hash = hash(item);
		List<String> tagSlugs = tags.stream().map(PostContent.TagName::slug).toList();
		long postId;
		var linked = this.links.post(site, item.postId());
		if (linked.isPresent()) {
			postId = linked.get().postId();
			if (linked.get().hash().equals(hash)) {
				report.postUnchanged();
			}
			else {
				this.posts.replace(postId, content);
				this.links.rehash(site, item.postId(), hash);
				report.postUpdated(tagSlugs);
				report.shortcodes(shortcodes.removed());
				report.imageLinks(ContentMapper.imageLinks(mapped.body()));
			}
		}
		else {
			String slug = slug(item);
			postId = this.posts.create(slug, author, content);
			this.links.linkPost(site, item.postId(), postId, wordpressSlug(item), hash);
			report.postImported(tagSlugs);
			report.shortcodes(shortcodes.removed());
			report.imageLinks(ContentMapper.imageLinks(mapped.body()));
		}
		importComments(site, postId, item, linked.isPresent(), report);
	}

	private String slug(WxrItem item) {
		String given = wordpressSlug(item);
		if (!given.isEmpty()) {
			if (given.length() > 160 || given.contains("/")) {
				throw new SkipException("transfer.skip.slug-invalid:" + given);
			}
			if (this.posts.slugTaken(given)) {
				throw new SkipException("transfer.skip.slug-taken:" + given);
			}
			return given;
		}
		String base = Anchors.slugify(item.title());
		base = base.isEmpty() ? "post-" + item.postId() : base;
		String slug = base;
		for (int n = 2; this.posts.slugTaken(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/**
	 * The slug as WordPress wrote it, percent-decoded (WordPress stores non-ASCII slugs
	 * encoded).
	 */
	private static String wordpressSlug(WxrItem item) {
		try {
			return URLDecoder.decode(item.postName().replace("+", "%2B"), StandardCharsets.UTF_8).strip();
		}
		catch (IllegalArgumentException ex) {
			return item.postName().strip();
		}
	}

	private static PostStatus status(String status) {
		return switch (status) {
			case "publish" -> PostStatus.PUBLISHED;
			case "future" -> PostStatus.SCHEDULED;
			case "draft", "pending", "private" -> PostStatus.DRAFT;
			default -> throw new SkipException("transfer.skip.status:" + status);
		};
	}

	private static List<PostContent.TagName> tags(List<WxrItem.Category> categories) {
		Map<String, PostContent.TagName> tags = new LinkedHashMap<>();
		for (WxrItem.Category category : categories) {
			if (!"category".equals(category.domain()) && !"post_tag".equals(category.domain())) {
				continue;
			}
			String name = Parser.unescapeEntities(category.name(), false).strip();
			String slug = Anchors.slugify(category.nicename().isEmpty() ? name
					: URLDecoder.decode(category.nicename().replace("+", "%2B"), StandardCharsets.UTF_8));
			if (slug.isEmpty() || "uncategorized".equals(slug) || name.isEmpty()) {
				continue;
			}
			tags.putIfAbsent(slug, new PostContent.TagName(slug, ContentMapper.clip(name, 60)));
		}
		return List.copyOf(tags.values());
	}

	private void importComments(String site, long postId, WxrItem item, boolean postExisted, ImportReport report) {
		// A post imported just now has no comments yet; one imported before: one query
		// for those it has.
		Map<Long, Long> stored = postExisted
				? this.links.comments(site, item.comments().stream().map(WxrComment::id).toList()) : Map.of();
		List<CommentCommands.Brought> brought = new ArrayList<>();
		for (WxrComment comment : item.comments()) {
			if (stored.containsKey(comment.id())) {
				continue;
			}
			String type = comment.type().toLowerCase(Locale.ROOT);
			if ("pingback".equals(type) || "trackback".equals(type)) {
				report.skippedComment(type);
				continue;
			}
			if (comment.content().length() > 5000) {
				report.skippedComment("too-long");
				continue;
			}
			if (comment.content().isBlank()) {
				report.skippedComment("empty");
				continue;
			}
			String author = comment.author().isBlank() ? "Anonymous" : ContentMapper.clip(comment.author(), 100);
			String email = (comment.email().length() <= 254) ? comment.email() : "";
			String website = (comment.url().isBlank() || comment.url().length() > 300) ? null : comment.url();
			Instant at = dateOf(comment.dateGmt(), comment.date());
			brought.add(new CommentCommands.Brought(comment.id(), comment.parentId(),
					new CommentCommands.Written(author, email, website, comment.content()),
					commentStatus(comment.approved()), (at != null) ? at : this.clock.instant()));
		}
		if (brought.isEmpty()) {
			return;
		}
		Map<Long, Long> added = this.comments.bringInAll(postId, brought, stored);
		added.forEach((wordpressId, id) -> report.commentImported());
		this.links.linkComments(site, added);
		if (postExisted) {
			this.comments.broughtIn(postId);
		}
	}

	private static CommentStatus commentStatus(String approved) {
		return switch (approved) {
			case "1" -> CommentStatus.APPROVED;
			case "0" -> CommentStatus.PENDING;
			case "spam" -> CommentStatus.SPAM;
			default -> CommentStatus.TRASH;
		};
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

	private static String hash(WxrItem item) {
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

	/**
	 * An item that is left out, with the message key of the reason.
	 */
	static final class SkipException extends RuntimeException {

		SkipException(String reason) {
			super(reason, null, false, false);
		}

	}

}
