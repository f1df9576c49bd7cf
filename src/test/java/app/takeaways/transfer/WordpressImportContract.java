package app.takeaways.transfer;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.comment.Comment;
import app.takeaways.comment.CommentRepository;
import app.takeaways.comment.CommentStatus;
import app.takeaways.post.Post;
import app.takeaways.post.PostRepository;
import app.takeaways.post.PostStatus;
import app.takeaways.post.Tag;
import app.takeaways.takeaway.TakeawayView;
import app.takeaways.transfer.wordpress.ImportReport;
import app.takeaways.transfer.wordpress.WordpressImporter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WordPress export imported into the database: every mapping, takeaway detection,
 * idempotence, later changes, slug clashes and bad files. Run on H2 by
 * {@link WordpressImportTests} and on PostgreSQL by {@link WordpressImportIT}.
 */
abstract class WordpressImportContract {

	@Autowired
	WordpressImporter importer;

	@Autowired
	PostRepository posts;

	@Autowired
	CommentRepository comments;

	@Autowired
	AccountRepository accounts;

	@Autowired
	TransactionTemplate transactions;

	final WordpressFixtures fixture = new WordpressFixtures();

	ImportReport.Snapshot importXml(String xml) {
		return importFile(WordpressFixtures.file(xml));
	}

	ImportReport.Snapshot importFile(Path file) {
		ImportReport report = new ImportReport();
		this.importer.run(file, report);
		return report.snapshot();
	}

	Post post(String slug) {
		return this.transactions.execute((tx) -> {
			Post post = this.posts.findWithTakeawaysBySlug(slug).orElseThrow();
			post.getTags().size();
			return post;
		});
	}

	List<Comment> commentsOf(Post post) {
		return this.comments.findAll()
			.stream()
			.filter((c) -> c.getPostId().equals(post.getId()))
			.sorted(Comparator.comparing(Comment::getCreatedAt))
			.toList();
	}

	@Test
	void picturesOfTheOldSiteStayLinksAndAreReported() throws Exception {
		ImportReport.Snapshot report = importXml(this.fixture.xml());

		assertThat(report.imageLinks()).anySatisfy(
				(address) -> assertThat(address).startsWith("https://").endsWith("/wp-content/uploads/boats.jpg"));
	}

	@Test
	void reportCountsPostsCommentsTagsAuthorsAndSkippedItemsByTypeAndReason() {
		ImportReport.Snapshot report = importXml(this.fixture.xml());
		assertThat(report.failed()).isFalse();
		assertThat(report.finished()).isTrue();
		assertThat(report.total()).isEqualTo(9);
		assertThat(report.done()).isEqualTo(9);
		assertThat(report.postsImported()).isEqualTo(5);
		assertThat(report.commentsImported()).isEqualTo(4);
		assertThat(report.authors()).isEqualTo(2);
		assertThat(report.tags()).isEqualTo(3);
		assertThat(report.skippedTypes()).isEqualTo(Map.of("page", 1, "attachment", 1, "nav_menu_item", 1));
		assertThat(report.skippedComments()).isEqualTo(Map.of("pingback", 1));
		assertThat(report.skipped())
			.containsExactly(new ImportReport.Skipped("Thrown away (#109)", "transfer.skip.status:trash"));
		assertThat(report.shortcodes()).isEqualTo(Map.of("embed", 1, "gallery", 1, "pullquote", 1));
		assertThat(report.controlCharacters()).isEqualTo(2);
	}

	@Test
	void publishedPostKeepsSlugDateTakeawaysLeadBodyTagsAndAuthor() {
		importXml(this.fixture.xml());
		Post post = post(this.fixture.slug("energy-summit"));
		assertThat(post.getTitle()).isEqualTo("Three lessons from the energy summit");
		assertThat(post.getStatus()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(post.getPublishedAt()).isEqualTo(Instant.parse("2024-03-14T09:30:00Z"));
		assertThat(post.getLead()).isEqualTo("Delegates agreed on more than anyone expected.");
		assertThat(post.getTakeaways()).extracting(TakeawayView::heading)
			.containsExactly("Grids first", "Storage is cheap now", "Permits are the bottleneck");
		assertThat(post.getTakeaways()).extracting(TakeawayView::anchor)
			.containsExactly("grids-first", "storage-is-cheap-now", "permits-are-the-bottleneck");
		assertThat(post.getTakeaways().get(0).body()).isEqualTo("Money goes to transmission before generation.");
		assertThat(post.getBody())
			.isEqualTo("## What comes next\n\nThe next meeting is in [autumn](https://example.org/autumn).");
		assertThat(post.getTags()).extracting(Tag::getSlug)
			.containsExactlyInAnyOrder(this.fixture.slug("energy"), this.fixture.slug("summits"));
		assertThat(post.isCommentsClosed()).isFalse();
		Account author = this.accounts.findByUsername("alice-" + this.fixture.n).orElseThrow();
		assertThat(author.getDisplayName()).isEqualTo("Alice Example");
		assertThat(author.isEnabled()).isFalse();
		assertThat(post.getAuthorId()).isEqualTo(author.getId());
	}

	@Test
	void classicPostWithNumberedParagraphsShortcodesAndClosedComments() {
		importXml(this.fixture.xml());
		Post post = post(this.fixture.slug("harbour-notes"));
		assertThat(post.getTitle()).isEqualTo("Notes from the harbour & the market");
		assertThat(post.isCommentsClosed()).isTrue();
		assertThat(post.getLead()).isEqualTo("The harbour opened at dawn and the market followed.");
		assertThat(post.getTakeaways()).extracting(TakeawayView::heading)
			.containsExactly("Prices rose", "Boats are fewer");
		assertThat(post.getBody())
			.contains("![Boats at dawn](https://" + this.fixture.site + "/wp-content/uploads/boats.jpg)")
			.contains("*Boats leaving at dawn*")
			.contains("`if (a[i]]> 0)`")
			.contains("The sea decides.")
			.doesNotContain("gallery")
			.doesNotContain("video.example.org");
		assertThat(this.accounts.findById(post.getAuthorId()).orElseThrow().getDisplayName()).isEqualTo("Zoë Ångström");
	}

	@Test
	void scheduledDraftAndNonAsciiPostsKeepTheirStatusAndSlug() {
		importXml(this.fixture.xml());
		Post scheduled = post(this.fixture.slug("autumn-programme"));
		assertThat(scheduled.getStatus()).isEqualTo(PostStatus.SCHEDULED);
		assertThat(scheduled.getPublishedAt()).isEqualTo(Instant.parse("2099-09-01T08:00:00Z"));
		Post draft = post("draft-" + this.fixture.n + "-what-we-learned");
		assertThat(draft.getStatus()).isEqualTo(PostStatus.DRAFT);
		assertThat(draft.getPublishedAt()).isNull();
		assertThat(draft.getTakeaways()).extracting(TakeawayView::heading)
			.containsExactly("Start early", "Write it down");
		Post german = post("über-straßen-" + this.fixture.n);
		assertThat(german.getTitle()).isEqualTo("Große Straßen, kleine Städte");
		assertThat(german.getBody()).isEqualTo("Ein zweiter Absatz mit „Anführungszeichen“.");
		assertThat(german.getTags()).extracting(Tag::getName).containsExactly("Ärger");
	}

	@Test
	void commentsKeepThreadDateAuthorAndStatus() {
		importXml(this.fixture.xml());
		List<Comment> thread = commentsOf(post(this.fixture.slug("energy-summit")));
		assertThat(thread).extracting(Comment::getAuthorName)
			.containsExactly("Björn", "Alice Example", "Cheap pills", "Carla");
		assertThat(thread).extracting(Comment::getStatus)
			.containsExactly(CommentStatus.APPROVED, CommentStatus.APPROVED, CommentStatus.SPAM, CommentStatus.PENDING);
		assertThat(thread.get(0).getCreatedAt()).isEqualTo(Instant.parse("2024-03-14T11:00:00Z"));
		assertThat(thread.get(0).getAuthorWebsite()).isEqualTo("https://bjorn.example.org");
		assertThat(thread.get(1).getParentId()).isEqualTo(thread.get(0).getId());
	}

	@Test
	void importingTheSameFileAgainChangesNothing() {
		importXml(this.fixture.xml());
		Post before = post(this.fixture.slug("energy-summit"));
		long commentCount = this.comments.count();
		ImportReport.Snapshot again = importXml(this.fixture.xml());
		assertThat(again.postsImported()).isZero();
		assertThat(again.postsUpdated()).isZero();
		assertThat(again.postsUnchanged()).isEqualTo(5);
		assertThat(again.commentsImported()).isZero();
		assertThat(again.skipped()).hasSize(1);
		assertThat(this.comments.count()).isEqualTo(commentCount);
		Post after = post(this.fixture.slug("energy-summit"));
		assertThat(after.getVersion()).isEqualTo(before.getVersion());
		assertThat(after.getUpdatedAt()).isEqualTo(before.getUpdatedAt());
	}

	@Test
	void laterExportOfTheSameSiteUpdatesChangedPostsAndAddsNewComments() {
		importXml(this.fixture.xml());
		String changed = this.fixture.xml()
			.replace("Three lessons from the energy summit", "Four lessons from the energy summit")
			.replace("<wp:comment_id>504</wp:comment_id>", "<wp:comment_id>599</wp:comment_id>");
		ImportReport.Snapshot report = importXml(changed);
		assertThat(report.postsUpdated()).isEqualTo(1);
		assertThat(report.postsUnchanged()).isEqualTo(4);
		assertThat(report.commentsImported()).isEqualTo(1);
		Post post = post(this.fixture.slug("energy-summit"));
		assertThat(post.getTitle()).isEqualTo("Four lessons from the energy summit");
		assertThat(post.getTakeaways()).hasSize(3);
		assertThat(commentsOf(post)).hasSize(5);
	}

	@Test
	void slugClashWithAnExistingPostIsReportedAndNotOverwritten() {
		String slug = this.fixture.slug("energy-summit");
		this.transactions.executeWithoutResult((tx) -> {
			Account someone = this.accounts.save(app.takeaways.post.Posts.author("someone-" + this.fixture.n));
			this.posts.save(app.takeaways.post.Posts.draft(slug, someone, java.time.Clock.systemUTC()));
		});
		ImportReport.Snapshot report = importXml(this.fixture.xml());
		assertThat(report.skipped()).contains(new ImportReport.Skipped("Three lessons from the energy summit (#101)",
				"transfer.skip.slug-taken:" + slug));
		assertThat(report.postsImported()).isEqualTo(4);
		assertThat(post(slug).getTitle()).isEqualTo("Title of " + slug);
	}

	@Test
	void malformedFileImportsNothingAndSaysWhy() {
		String xml = this.fixture.xml();
		ImportReport.Snapshot report = importXml(xml.substring(0, xml.indexOf("<wp:post_id>108")));
		assertThat(report.failed()).isTrue();
		assertThat(report.failure()).contains("not well-formed");
		assertThat(report.postsImported()).isZero();
		assertThat(this.posts.existsBySlug(this.fixture.slug("energy-summit"))).isFalse();
		assertThat(this.accounts.findByUsername("alice-" + this.fixture.n)).isEmpty();
	}

	@Test
	void itemWithTenMegabytesOfContentIsSkippedAndNamedWhileTheRestComeIn() {
		String big = "<item><title>Huge</title><content:encoded><![CDATA[<p>" + "x".repeat(10 * 1024 * 1024)
				+ "</p>]]></content:encoded><wp:post_id>900</wp:post_id><wp:status>publish</wp:status>"
				+ "<wp:post_type>post</wp:post_type><wp:post_name>huge-" + this.fixture.n + "</wp:post_name></item>";
		String xml = this.fixture.xml().replace("</channel>", big + "</channel>");
		ImportReport.Snapshot report = importXml(xml);
		assertThat(report.skipped()).contains(new ImportReport.Skipped("Huge (#900)", "transfer.skip.too-long"));
		assertThat(report.postsImported()).isEqualTo(5);
		assertThat(this.posts.existsBySlug("huge-" + this.fixture.n)).isFalse();
	}

}
