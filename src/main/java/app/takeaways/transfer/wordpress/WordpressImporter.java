package app.takeaways.transfer.wordpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.takeaways.account.Authors;
import app.takeaways.post.PostCommands;
import app.takeaways.post.PostContent;
import app.takeaways.post.PostStatus;
import app.takeaways.takeaway.Anchors;
import jakarta.persistence.EntityManager;
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

	private static final int BODY_MAX = 100_000;

	/** Items imported in one transaction. */
	static final int BATCH = 50;

	private final PostCommands posts;

	private final WxrCommentImport comments;

	private final Authors authors;

	private final WordpressLinks links;

	private final TransactionTemplate transactions;

	private final EntityManager entities;

	WordpressImporter(PostCommands posts, WxrCommentImport comments, Authors authors, WordpressLinks links,
			PlatformTransactionManager transactions, EntityManager entities) {
		this.posts = posts;
		this.comments = comments;
		this.authors = authors;
		this.links = links;
		this.transactions = new TransactionTemplate(transactions);
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
			if ("post".equals(item.postType()) && WxrPosts.importable(item.status())) {
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
					log.warn("WordPress item {} could not be imported", WxrPosts.name(item), itemFailed);
					report.skipped(WxrPosts.name(item), "transfer.skip.error");
				}
			}
		}
		batch.forEach((item) -> report.itemDone());
		batch.clear();
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
			WxrPosts.status(item.status());
			importPost(site, item, authorOf.get(item), report);
		}
		catch (SkipException ex) {
			report.skipped(WxrPosts.name(item), ex.getMessage());
		}
	}

	private void importPost(String site, WxrItem item, long author, ImportReport report) {
		if (item.contentTooLong()) {
			throw new SkipException("transfer.skip.too-long");
		}
		PostStatus status = WxrPosts.status(item.status());
		Shortcodes shortcodes = new Shortcodes();
		ContentMapper.Mapped mapped = ContentMapper.map(item.content(), shortcodes);
		if (mapped.body().length() > BODY_MAX) {
			throw new SkipException("transfer.skip.too-long");
		}
		List<PostContent.TagName> tags = WxrPosts.tags(item.categories());
		Instant published = (status == PostStatus.DRAFT) ? null : WxrPosts.dateOf(item.postDateGmt(), item.postDate());
		String title = ContentMapper.clip(Parser.unescapeEntities(item.title(), false).strip(), 200);
		PostContent content = new PostContent(title.isEmpty() ? "(untitled)" : title, mapped.lead(), mapped.body(),
				mapped.takeaways(), tags, (published == null) ? PostStatus.DRAFT : status, published,
				"closed".equals(item.commentStatus()), WxrPosts.dateOf("", item.postDate()), null);
		String hash = WxrPosts.hash(item);
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
			this.links.linkPost(site, item.postId(), postId, WxrPosts.wordpressSlug(item), hash);
			report.postImported(tagSlugs);
			report.shortcodes(shortcodes.removed());
			report.imageLinks(ContentMapper.imageLinks(mapped.body()));
		}
		this.comments.importComments(site, postId, item, linked.isPresent(), report);
	}

	private String slug(WxrItem item) {
		String given = WxrPosts.wordpressSlug(item);
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
	 * An item that is left out, with the message key of the reason.
	 */
	static final class SkipException extends RuntimeException {

		SkipException(String reason) {
			super(reason, null, false, false);
		}

	}

}
