package app.takeaways.moderation;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import app.takeaways.comment.Comment;
import app.takeaways.comment.CommentFixtures;
import app.takeaways.comment.CommentRepository;
import app.takeaways.comment.CommentStatus;
import app.takeaways.comment.ModerationAction;
import app.takeaways.post.Post;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Admins moderating comments through the queue, as they would in a browser.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CommentFixtures.class)
class ModerationTests {

	static final RequestPostProcessor ADMIN = user("root").roles("ADMIN");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CommentFixtures fixtures;

	@Autowired
	CommentRepository comments;

	@Autowired
	ModerationService moderation;

	private Document get(String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).with(ADMIN).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private MvcTestResult bulk(String action, long... ids) {
		var request = this.mvc.post().uri("/admin/comments/bulk").with(ADMIN).with(csrf()).param("action", action);
		for (long id : ids) {
			request = request.param("ids", String.valueOf(id));
		}
		return request.exchange();
	}

	private CommentStatus statusOf(Comment comment) {
		return this.comments.findById(comment.getId()).orElseThrow().getStatus();
	}

	@Test
	void pendingTabListsHeldCommentsWithWhyAndTheBadgeCountsThem() throws Exception {
		Post post = this.fixtures.openPost();
		Comment held = this.fixtures.pendingComment(post, "held@example.org", "Please approve me");

		Document queue = get("/admin/comments?status=pending&post=" + post.getId());

		assertThat(queue.select("#row-" + held.getId()).text()).contains("Pending Reader", "held@example.org",
				"Please approve me", post.getTitle(), "first comment from this email");
		assertThat(Long.parseLong(queue.select(".admin-nav .badge").text())).isGreaterThanOrEqualTo(1);
	}

	@Test
	void theBadgeShowsOnEveryAdminScreenButNotOnReadersPages() throws Exception {
		Post post = this.fixtures.openPost();
		this.fixtures.pendingComment(post, "badge@example.org", "Waiting for the badge");
		String pending = this.moderation.pendingCount().toString();

		for (String screen : new String[] { "/editor", "/admin/users", "/admin/settings/discussion" }) {
			assertThat(get(screen).select(".admin-nav .badge").text()).as(screen).isEqualTo(pending);
		}
		assertThat(get("/").select(".badge")).isEmpty();
	}

	@Test
	void bulkApproveMakesCommentsPublicCountedAndAudited() throws Exception {
		Post post = this.fixtures.openPost();
		Comment one = this.fixtures.pendingComment(post, "one@example.org", "First held");
		Comment two = this.fixtures.pendingComment(post, "two@example.org", "Second held");

		assertThat(bulk("approve", one.getId(), two.getId())).hasStatus(HttpStatus.FOUND);

		assertThat(statusOf(one)).isEqualTo(CommentStatus.APPROVED);
		assertThat(statusOf(two)).isEqualTo(CommentStatus.APPROVED);
		MvcTestResult page = this.mvc.get().uri("/posts/" + post.getSlug()).exchange();
		assertThat(page).bodyText().contains("2 thoughts on", "First held", "Second held");
		Document detail = get("/admin/comments/" + one.getId());
		assertThat(detail.select("table tbody tr").text()).contains("root", "Approve", "Pending → Approved");
	}

	@Test
	void spamTrashRestoreAndDeleteFollowTheQueueRules() {
		Post post = this.fixtures.openPost();
		Comment comment = this.fixtures.pendingComment(post, "cycle@example.org", "Cycle");

		bulk("spam", comment.getId());
		assertThat(statusOf(comment)).isEqualTo(CommentStatus.SPAM);
		bulk("delete", comment.getId());
		assertThat(this.comments.findById(comment.getId())).as("delete only from trash").isPresent();
		bulk("not-spam", comment.getId());
		assertThat(statusOf(comment)).isEqualTo(CommentStatus.PENDING);
		bulk("trash", comment.getId());
		assertThat(statusOf(comment)).isEqualTo(CommentStatus.TRASH);
		bulk("restore", comment.getId());
		assertThat(statusOf(comment)).isEqualTo(CommentStatus.PENDING);
		bulk("trash", comment.getId());
		bulk("delete", comment.getId());
		assertThat(this.comments.findById(comment.getId())).isEmpty();
	}

	@Test
	void unapprovingHidesACommentFromThePostAgain() {
		Post post = this.fixtures.openPost();
		Comment comment = this.fixtures.approvedComment(post, "visible@example.org");

		bulk("unapprove", comment.getId());

		assertThat(this.mvc.get().uri("/posts/" + post.getSlug())).bodyText()
			.doesNotContain("Earlier comment")
			.doesNotContain("One thought on");
	}

	@Test
	void searchFindsByAuthorEmailOrText() throws Exception {
		Post post = this.fixtures.openPost();
		Comment match = this.fixtures.pendingComment(post, "needle@example.org", "Haystack text");
		Comment other = this.fixtures.pendingComment(post, "other@example.org", "Something else");

		Document byEmail = get("/admin/comments?status=pending&q=NEEDLE");
		Document byText = get("/admin/comments?status=pending&q=haystack");

		assertThat(byEmail.select("#row-" + match.getId())).hasSize(1);
		assertThat(byEmail.select("#row-" + other.getId())).isEmpty();
		assertThat(byText.select("#row-" + match.getId())).hasSize(1);
	}

	@Test
	void adminClosesCommentsOfAPostFromTheModerationScreen() {
		Post post = this.fixtures.openPost();

		this.mvc.post()
			.uri("/admin/posts/{id}/comments", post.getId())
			.with(ADMIN)
			.with(csrf())
			.param("open", "false")
			.exchange();

		assertThat(this.mvc.get().uri("/posts/" + post.getSlug())).bodyText()
			.contains("Comments are closed.")
			.doesNotContain("comment-form");
	}

	@Test
	void editorsAndAnonymousVisitorsCannotModerate() {
		assertThat(this.mvc.get().uri("/admin/comments").with(user("ed").roles("EDITOR")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/comments")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.mvc.post().uri("/admin/comments/bulk").with(ADMIN).param("action", "approve"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void purgeDeletesOnlyTrashOlderThanTheLimitAndKeepsTheAuditTrail() {
		Post post = this.fixtures.openPost();
		Comment trashed = this.fixtures.pendingComment(post, "trash@example.org", "Old trash");
		this.moderation.apply(ModerationAction.TRASH, java.util.List.of(trashed.getId()), "root");

		assertThat(this.moderation.purgeTrashOlderThan(Duration.ofDays(30))).isZero();
		assertThat(this.moderation.purgeTrashOlderThan(Duration.ofSeconds(-1))).isGreaterThanOrEqualTo(1);

		assertThat(this.comments.findById(trashed.getId())).isEmpty();
		assertThat(this.moderation.detailTrail(trashed.getId())).extracting(AuditEntry.AuditLine::action)
			.containsExactly("trash", "delete");
	}

	@Test
	void discussionSettingsAreSavedAndValidated() throws Exception {
		MvcTestResult invalid = this.mvc.post()
			.uri("/admin/settings/discussion")
			.with(ADMIN)
			.with(csrf())
			.param("holdFirstTime", "true")
			.param("_holdFirstTime", "on")
			.param("_holdAll", "on")
			.param("maxLinks", "-1")
			.param("disallowedWords", "")
			.param("closeAfterDays", "0")
			.param("maxDepth", "3")
			.exchange();

		Document form = Jsoup.parse(invalid.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.select("#maxLinks-error")).isNotEmpty();
		assertThat(form.select("input#maxLinks").val()).isEqualTo("-1");
		assertThat(get("/admin/settings/discussion").select("input#maxLinks").val()).isEqualTo("2");
	}

	@Test
	void queueCountsStopAtTheCapAndSaySo() throws Exception {
		Post post = this.fixtures.openPost();
		for (int i = 0; i < 3; i++) {
			this.fixtures.pendingComment(post, "capped" + i + "@example.org", "Waiting " + i);
		}

		assertThat(this.comments.countByStatusUpTo("PENDING", 2)).isEqualTo(2);
		assertThat(this.comments.countByStatusUpTo("PENDING", 100_000))
			.isEqualTo(this.comments.countByStatus(CommentStatus.PENDING));
		assertThat(new QueueCount(1000, true)).hasToString("1000+");
		Document queue = get("/admin/comments");
		assertThat(queue.select(".badge").text()).isEqualTo(this.moderation.pendingCount().toString())
			.isEqualTo(String.valueOf(this.comments.countByStatus(CommentStatus.PENDING)));
	}

}
