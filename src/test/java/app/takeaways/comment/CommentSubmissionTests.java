package app.takeaways.comment;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import app.takeaways.post.Post;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Posting comments over HTTP, rule by rule, as readers and editors would.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CommentFixtures.class)
class CommentSubmissionTests {

	static final String SEED = "/posts/key-takeaways-from-kim-and-putins-meeting";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CommentFixtures fixtures;

	@Autowired
	CommentRepository comments;

	@Autowired
	DiscussionSettingsStore settings;

	/**
	 * Shared by every test of the class (JUnit makes a new instance per test), so no two
	 * tests ever post from the same address.
	 */
	private static final AtomicInteger address = new AtomicInteger(1);

	@AfterEach
	void restoreDefaultRules() {
		this.settings.change(new DiscussionSettingsForm(true, 2, "", false, 0, 3));
	}

	/**
	 * Each submission from its own address, so the rate limit only bites where a test
	 * wants it.
	 */
	private RequestPostProcessor from(String ip) {
		return (request) -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	private static String nextAddress() {
		int n = address.getAndIncrement();
		return "10.1." + (n / 250) + "." + (1 + n % 250);
	}

	private MvcTestResult post(String slug, String name, String email, String website, String text, String honeypot) {
		return this.mvc.post()
			.uri("/posts/{slug}/comments", slug)
			.with(csrf())
			.with(from(nextAddress()))
			.param("name", name)
			.param("email", email)
			.param("website", website)
			.param("text", text)
			.param("homepage", honeypot)
			.exchange();
	}

	private MvcTestResult post(String slug, String email, String text) {
		return post(slug, "Reader", email, "", text, "");
	}

	private Document page(String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void commentOnTheClosedSeedPostIsRefusedAndNothingIsStored() {
		long before = this.comments.count();

		MvcTestResult result = post("key-takeaways-from-kim-and-putins-meeting", "late@example.org", "Too late?");

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN).bodyText().contains("Comments are closed.");
		assertThat(this.comments.count()).isEqualTo(before);
	}

	@Test
	void draftsUnknownPostsAndPostsClosedByAnEditorRefuseComments() {
		long before = this.comments.count();

		assertThat(post(this.fixtures.draftPost().getSlug(), "d@example.org", "Hi")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post("no-such-post", "u@example.org", "Hi")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post(this.fixtures.closedPost().getSlug(), "c@example.org", "Hi")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.comments.count()).isEqualTo(before);
	}

	@Test
	void postClosedAfterTheReaderOpenedTheFormRefusesTheComment() throws Exception {
		Post post = this.fixtures.openPost();
		assertThat(page("/posts/" + post.getSlug()).select("form.comment-form")).hasSize(1);

		this.fixtures.close(post.getId());

		assertThat(post(post.getSlug(), "slow@example.org", "Written before it closed"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.fixtures.countByEmail("slow@example.org")).isZero();
		assertThat(page("/posts/" + post.getSlug()).select("form.comment-form")).isEmpty();
	}

	@Test
	void firstTimeAuthorIsHeldAndSeesTheModerationNoticeButNobodySeesTheComment() throws Exception {
		Post post = this.fixtures.openPost();

		MvcTestResult result = post(post.getSlug(), "new@example.org", "My first comment");

		assertThat(result).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/posts/" + post.getSlug() + "#comments");
		assertThat(result).flash().containsEntry("commentNotice", "comments.held");
		Comment stored = this.fixtures.onlyByEmail("new@example.org");
		assertThat(stored.getStatus()).isEqualTo(CommentStatus.PENDING);
		assertThat(stored.getHeldBy()).isEqualTo("first-time-author");
		assertThat(page("/posts/" + post.getSlug()).text()).doesNotContain("My first comment");
	}

	@Test
	void returningAuthorIsPublishedAtOnceAndCounted() throws Exception {
		Post post = this.fixtures.openPost();
		this.fixtures.approvedComment(post, "known@example.org");

		MvcTestResult result = post(post.getSlug(), "Known", "KNOWN@example.org", "https://known.example",
				"Hello again", "");

		Comment stored = this.comments.findAll()
			.stream()
			.filter((c) -> c.getBody().equals("Hello again"))
			.findFirst()
			.orElseThrow();
		assertThat(stored.getStatus()).isEqualTo(CommentStatus.APPROVED);
		assertThat(result).redirectedUrl().isEqualTo("/posts/" + post.getSlug() + "#comment-" + stored.getId());
		Document page = page("/posts/" + post.getSlug());
		assertThat(page.select("#comments h2").first().text()).isEqualTo("2 thoughts on “" + post.getTitle() + "”");
		assertThat(page.select("#comment-" + stored.getId() + " .comment-author a").attr("rel")).contains("nofollow",
				"ugc");
		assertThat(page.select("#comment-" + stored.getId()).text()).doesNotContain("known@example.org");
	}

	@Test
	void commentWithMoreLinksThanAllowedIsHeld() {
		Post post = this.fixtures.openPost();
		this.fixtures.approvedComment(post, "linker@example.org");

		post(post.getSlug(), "linker@example.org", "http://a.example http://b.example http://c.example");

		Comment held = this.fixtures.onlyByEmail("linker@example.org",
				"http://a.example http://b.example http://c.example");
		assertThat(held.getPostId()).isEqualTo(post.getId());
		assertThat(held.getStatus()).isEqualTo(CommentStatus.PENDING);
		assertThat(held.getHeldBy()).isEqualTo("too-many-links");
	}

	@Test
	void disallowedWordsAndAFilledHoneypotSendTheCommentToSpam() {
		this.settings.change(new DiscussionSettingsForm(false, 2, "cheap pills\ncasino", false, 0, 3));
		Post post = this.fixtures.openPost();

		post(post.getSlug(), "Spammer", "spam1@example.org", "", "Best CASINO in town", "");
		post(post.getSlug(), "Bot", "bot@example.org", "", "Nice post", "http://bot.example");

		assertThat(this.fixtures.onlyByEmail("spam1@example.org").getStatus()).isEqualTo(CommentStatus.SPAM);
		assertThat(this.fixtures.onlyByEmail("spam1@example.org").getHeldBy()).isEqualTo("disallowed-words");
		assertThat(this.fixtures.onlyByEmail("bot@example.org").getStatus()).isEqualTo(CommentStatus.SPAM);
		assertThat(this.fixtures.onlyByEmail("bot@example.org").getHeldBy()).isEqualTo("honeypot");
	}

	@Test
	void holdAllHoldsEvenKnownAuthors() {
		this.settings.change(new DiscussionSettingsForm(true, 2, "", true, 0, 3));
		Post post = this.fixtures.openPost();
		this.fixtures.approvedComment(post, "trusted@example.org");

		post(post.getSlug(), "trusted@example.org", "Held anyway");

		Comment held = this.fixtures.onlyByEmail("trusted@example.org", "Held anyway");
		assertThat(held.getPostId()).isEqualTo(post.getId());
		assertThat(held.getStatus()).isEqualTo(CommentStatus.PENDING);
		assertThat(held.getHeldBy()).isEqualTo("hold-all");
	}

	@Test
	void invalidFormShowsErrorsBesideFieldsKeepsWhatWasTypedAndStoresNothing() throws Exception {
		Post post = this.fixtures.openPost();
		long before = this.comments.count();

		MvcTestResult result = post(post.getSlug(), "", "not-an-email", "javascript:alert(1)", "Kept text", "");

		assertThat(result).hasStatusOk();
		Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select("#name-error").text()).isEqualTo("Please give your name.");
		assertThat(page.select("#email-error").text()).isNotEmpty();
		assertThat(page.select("#website-error").text()).contains("http");
		assertThat(page.select("textarea#text").text()).isEqualTo("Kept text");
		assertThat(page.select("input#website").val()).isEqualTo("javascript:alert(1)");
		assertThat(page.select("script[type=application/ld+json]").html())
			.as("the page shown again is the post's page, structured data included")
			.contains("\"@type\":\"Article\"", "\"headline\":\"Title of " + post.getSlug() + "\"");
		assertThat(this.comments.count()).isEqualTo(before);
	}

	@Test
	void hostileMarkupInEveryFieldIsStoredAsTextAndRenderedInert() throws Exception {
		Post post = this.fixtures.openPost();
		this.fixtures.approvedComment(post,
				"x\"><script>alert(1)</script>@example.org".length() > 0 ? "hostile@example.org" : "");
		String name = "<script>alert('name')</script><img src=x onerror=alert(1)>";
		String text = "<script>alert('text')</script>\n<img src=x onerror=alert(2)> <b>bold</b> https://ok.example/<x";
		String website = "https://evil.example/\"><script>alert(3)</script>";

		MvcTestResult refused = post(post.getSlug(), name, "hostile@example.org", website, text, "");
		Document form = Jsoup.parse(refused.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.select("#website-error")).isNotEmpty();
		assertThat(form.select("input#website").val()).isEqualTo(website);
		assertThat(form.select("#comments script, #comments [onerror]")).isEmpty();
		post(post.getSlug(), name, "hostile@example.org", "https://fine.example/?q='onmouseover=alert(1)", text, "");

		Comment stored = this.comments.findAll()
			.stream()
			.filter((c) -> c.getAuthorName().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(stored.getBody()).isEqualTo(text);
		assertThat(stored.getStatus()).isEqualTo(CommentStatus.APPROVED);
		Document page = page("/posts/" + post.getSlug());
		assertThat(page.select("#comments script")).isEmpty();
		assertThat(page.select("#comments img")).isEmpty();
		assertThat(page.select("#comments b")).isEmpty();
		assertThat(page.select("#comments [onerror], #comments [onmouseover]")).isEmpty();
		assertThat(page.select("#comment-" + stored.getId() + " .comment-text").text())
			.contains("<script>alert('text')</script>");
		assertThat(page.select("#comment-" + stored.getId() + " .comment-author").text()).isEqualTo(name);
	}

	@Test
	void sixthCommentInAMinuteFromOneAddressIsRefusedWith429() {
		Post post = this.fixtures.openPost();
		String address = nextAddress();
		List<Integer> statuses = new java.util.ArrayList<>();
		for (int i = 0; i < 6; i++) {
			MvcTestResult result = this.mvc.post()
				.uri("/posts/{slug}/comments", post.getSlug())
				.with(csrf())
				.with(from(address))
				.param("name", "Fast")
				.param("email", "fast@example.org")
				.param("text", "Comment " + i)
				.exchange();
			statuses.add(result.getResponse().getStatus());
		}

		assertThat(statuses).containsExactly(302, 302, 302, 302, 302, 429);
		assertThat(this.fixtures.countByEmail("fast@example.org")).isEqualTo(5);
	}

	@Test
	void apiAnswersTheSixthCommentInAMinuteFromOneAddressWith429Problem() {
		Post post = this.fixtures.openPost();
		String address = nextAddress();
		List<Integer> statuses = new java.util.ArrayList<>();
		MvcTestResult last = null;
		for (int i = 0; i < 6; i++) {
			last = this.mvc.post()
				.uri("/api/posts/{slug}/comments", post.getSlug())
				.with(csrf())
				.with(from(address))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Fast\",\"email\":\"api-fast@example.org\",\"text\":\"Comment " + i + "\"}")
				.exchange();
			statuses.add(last.getResponse().getStatus());
		}

		assertThat(statuses).containsExactly(201, 201, 201, 201, 201, 429);
		assertThat(last).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(last).bodyJson().extractingPath("$.status").isEqualTo(429);
		assertThat(this.fixtures.countByEmail("api-fast@example.org")).isEqualTo(5);
	}

	@Test
	void signedInEditorCommentsUnderTheirOwnNameAndIsPublishedAtOnce() throws Exception {
		this.fixtures.account("mila", "Mila Editor");
		Post post = this.fixtures.openPost();

		MvcTestResult result = this.mvc.post()
			.uri("/posts/{slug}/comments", post.getSlug())
			.with(csrf())
			.with(user("mila").roles("EDITOR"))
			.param("text", "Editor's note")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(page("/posts/" + post.getSlug()).select(".comment-author").text()).contains("Mila Editor");
	}

	@Test
	void commentsCloseAutomaticallyAfterTheConfiguredDaysAndSaySince() throws Exception {
		Post post = this.fixtures.openPost();
		this.settings.change(new DiscussionSettingsForm(true, 2, "", false, 3650, 3));
		assertThat(page("/posts/" + post.getSlug()).select(".comments-closes").text()).startsWith("Comments close on");

		this.settings.change(new DiscussionSettingsForm(true, 2, "", false, 1, 3));
		Document demoPost = page("/posts/five-takeaways-from-the-autumn-harvest-report");

		assertThat(demoPost.select(".comments-closed").text()).isEqualTo("Comments are closed.");
		assertThat(demoPost.select(".comments-closed-since").text())
			.startsWith("Comments closed automatically on 13 November 2026");
		assertThat(demoPost.select("form.comment-form")).isEmpty();
		assertThat(post("five-takeaways-from-the-autumn-harvest-report", "auto@example.org", "Hi"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void repliesNestUnderTheirParent() throws Exception {
		Post post = this.fixtures.openPost();
		Comment parent = this.fixtures.approvedComment(post, "parent@example.org");

		this.mvc.post()
			.uri("/posts/{slug}/comments", post.getSlug())
			.with(csrf())
			.with(from(nextAddress()))
			.param("name", "Replier")
			.param("email", "parent@example.org")
			.param("text", "A reply")
			.param("parentId", String.valueOf(parent.getId()))
			.exchange();

		Document page = page("/posts/" + post.getSlug());
		assertThat(page.select("#comment-" + parent.getId() + " > ol.comment-replies > li .comment-text").text())
			.isEqualTo("A reply");
		assertThat(page("/posts/" + post.getSlug() + "?replyTo=" + parent.getId()).select("input#parentId").val())
			.isEqualTo(String.valueOf(parent.getId()));
	}

	@Test
	void apiRefusesCommentsOnClosedPostsWithProblemDetail() {
		long before = this.comments.count();

		MvcTestResult result = this.mvc.post()
			.uri("/api/posts/key-takeaways-from-kim-and-putins-meeting/comments")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"A\",\"email\":\"a@example.org\",\"text\":\"Hi\"}")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FORBIDDEN)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.reason").isEqualTo("comments.closed.by-editor");
		assertThat(this.comments.count()).isEqualTo(before);
	}

	@Test
	void apiListsApprovedCommentsAndWhetherThePostIsOpen() {
		MvcTestResult result = this.mvc.get()
			.uri("/api/posts/key-takeaways-from-kim-and-putins-meeting/comments")
			.exchange();

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.count").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.open").isEqualTo(false);
	}

	@Test
	void formWithoutCsrfTokenIsRefused() {
		Post post = this.fixtures.openPost();

		assertThat(this.mvc.post()
			.uri("/posts/{slug}/comments", post.getSlug())
			.param("name", "A")
			.param("email", "nocsrf@example.org")
			.param("text", "Hi")
			.exchange()).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.fixtures.countByEmail("nocsrf@example.org")).isZero();
	}

}
