package app.takeaways.transfer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import app.takeaways.account.Authors;
import app.takeaways.comment.CommentCommands;
import app.takeaways.comment.DiscussionRules;
import app.takeaways.editor.RevisionArchive;
import app.takeaways.media.MediaArchive;
import app.takeaways.post.PostCommands;
import app.takeaways.post.PostContent;
import app.takeaways.post.PostExport;
import app.takeaways.transfer.wordpress.ImportReport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Restores a JSON archive written by {@link SiteExport#json} (any version): read once to
 * check it whole (a broken file restores nothing), then picture by picture and post by
 * post, each in its own transaction. A picture the library already has (the same hash) is
 * left as it is; a post whose address is taken is skipped and named, so restoring the
 * same archive twice changes nothing.
 */
@Service
class ArchiveImporter {

	private static final Logger log = LoggerFactory.getLogger(ArchiveImporter.class);

	private final JsonMapper json;

	private final PostCommands posts;

	private final CommentCommands comments;

	private final Authors authors;

	private final TransactionTemplate transactions;

	private final RevisionArchive revisions;

	private final MediaArchive media;

	ArchiveImporter(JsonMapper json, PostCommands posts, CommentCommands comments, Authors authors,
			RevisionArchive revisions, MediaArchive media, PlatformTransactionManager transactions) {
		this.json = json;
		this.media = media;
		this.posts = posts;
		this.comments = comments;
		this.authors = authors;
		this.revisions = revisions;
		this.transactions = new TransactionTemplate(transactions);
	}

	void run(Path file, ImportReport report) {
		try {
			int[] total = { 0 };
			read(file, (post) -> total[0]++, (rules) -> {
			}, null);
			report.total(total[0]);
			Map<String, Long> authorIds = new HashMap<>();
			read(file, (archived) -> {
				restore(archived, authorIds, report);
				report.itemDone();
			}, this.comments::restoreRules, (picture) -> restore(picture, report));
			report.authors(authorIds.size());
		}
		catch (JacksonException | IOException | IllegalArgumentException ex) {
			log.debug("Archive refused", ex);
			report.failed("The file is not a Takeaways archive: " + ex.getMessage());
		}
		report.finished();
	}

	/**
	 * Reads the archive in document order; without a {@code pictures} handler, the
	 * pictures are skipped unread.
	 */
	private void read(Path file, PostHandler handler, RulesHandler rules, @Nullable PictureHandler pictures)
			throws IOException {
		try (JsonParser parser = this.json.createParser(file.toFile())) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				throw new IllegalArgumentException("it does not start with an object");
			}
			boolean archive = false;
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = parser.currentName();
				JsonToken value = parser.nextToken();
				if ("format".equals(name)) {
					archive = "takeaways-archive".equals(parser.getString());
				}
				else if ("discussionSettings".equals(name) && archive) {
					rules.restore(this.json.readerFor(DiscussionRules.class)
						.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
						.readValue(parser));
				}
				else if ("media".equals(name) && archive && pictures != null && value == JsonToken.START_ARRAY) {
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						pictures.picture(this.json.readerFor(MediaArchive.Archived.class)
							.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
							.readValue(parser));
					}
				}
				else if ("posts".equals(name) && archive && value == JsonToken.START_ARRAY) {
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						handler.post(this.json.readerFor(SiteExport.ArchivedPost.class)
							.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
							.readValue(parser));
					}
				}
				else {
					parser.skipChildren();
				}
			}
			if (!archive) {
				throw new IllegalArgumentException("no \"format\": \"takeaways-archive\"");
			}
		}
	}

	private void restore(MediaArchive.Archived picture, ImportReport report) {
		try {
			if (this.media.restore(picture)) {
				report.pictureImported();
			}
		}
		catch (IllegalArgumentException ex) {
			log.debug("Archived picture {} refused", picture.hash(), ex);
			report.skipped(picture.originalName() + " (" + picture.hash() + ")",
					"transfer.skip.picture-invalid:" + ex.getMessage());
		}
	}

	private void restore(SiteExport.ArchivedPost archived, Map<String, Long> authorIds, ImportReport report) {
		PostExport.Exported post = archived.post();
		if (this.posts.slugTaken(post.slug())) {
			report.skipped(post.title() + " (" + post.slug() + ")", "transfer.skip.slug-taken:" + post.slug());
			return;
		}
		long author = authorIds.computeIfAbsent(post.authorUsername(),
				(username) -> this.authors.findOrCreateWithoutSignIn(username, post.authorDisplayName()));
		PostContent content = new PostContent(post.title(), post.lead(), post.body(),
				post.takeaways().stream().map((t) -> new PostContent.Item(t.anchor(), t.heading(), t.body())).toList(),
				post.tags().stream().map((t) -> new PostContent.TagName(t.slug(), t.name())).toList(), post.status(),
				post.publishedAt(), post.commentsClosed(), post.createdAt(), post.leadImage());
		this.transactions.executeWithoutResult((tx) -> {
			long postId = this.posts.create(post.slug(), author, content);
			this.comments.bringInAll(postId, archived.comments()
				.stream()
				.map((comment) -> new CommentCommands.Brought(comment.id(),
						(comment.parentId() != null) ? comment.parentId() : 0,
						new CommentCommands.Written(comment.authorName(), comment.authorEmail(),
								comment.authorWebsite(), comment.body()),
						comment.status(), comment.createdAt()))
				.toList(), Map.of());
			if (archived.revisions() != null) {
				this.revisions.restore(postId, archived.revisions());
			}
		});
		report.postImported(post.tags().stream().map((t) -> t.slug()).toList());
		archived.comments().forEach((c) -> report.commentImported());
	}

	@FunctionalInterface
	private interface PostHandler {

		void post(SiteExport.ArchivedPost post) throws IOException;

	}

	@FunctionalInterface
	private interface PictureHandler {

		void picture(MediaArchive.Archived picture);

	}

	@FunctionalInterface
	private interface RulesHandler {

		void restore(DiscussionRules rules);

	}

}
