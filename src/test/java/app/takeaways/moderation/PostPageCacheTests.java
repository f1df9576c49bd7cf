package app.takeaways.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import app.takeaways.comment.Comment;
import app.takeaways.comment.CommentFixtures;
import app.takeaways.comment.ModerationAction;
import app.takeaways.post.Post;
import app.takeaways.post.PostChanged;
import app.takeaways.post.PostRepository;
import app.takeaways.post.Posts;
import app.takeaways.support.MutableClock;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymous post pages come from a cache, and the next request after any change shows it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CommentFixtures.class)
class PostPageCacheTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CommentFixtures fixtures;

	@Autowired
	ModerationService moderation;

	@Autowired
	PostRepository posts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	/**
	 * The application's clock, which only moves when a test says so.
	 */
	@TestBean
	Clock clock;

	static Clock clock() {
		return new MutableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
	}

	@Autowired
	ApplicationEventPublisher events;

	private MvcTestResult get(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return result;
	}

	@Test
	void repeatedRequestsGetTheSameCachedPageAndRevalidateWith304() {
		String path = "/posts/key-takeaways-from-kim-and-putins-meeting";
		String etag = get(path).getResponse().getHeader("ETag");

		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		MvcTestResult hit = get(path);
		assertThat(statistics.getPrepareStatementCount()).as("served without touching the database").isZero();
		assertThat(hit.getResponse().getHeader("ETag")).isEqualTo(etag).isNotBlank();
		assertThat(hit.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(hit.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(hit.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(this.mvc.get().uri(path).header("If-None-Match", etag)).hasStatus(HttpStatus.NOT_MODIFIED)
			.body()
			.isEmpty();
	}

	@Test
	void anEditShowsOnTheNextRequest() {
		Post post = this.fixtures.closedPost();
		String path = "/posts/" + post.getSlug();
		assertThat(get(path)).bodyText().contains(post.getTitle());
		get(path);

		this.transactions.executeWithoutResult((tx) -> {
			Post editing = this.posts.findById(post.getId()).orElseThrow();
			editing.replaceTakeaways(List.of());
			this.posts.flush();
			editing.replaceTakeaways(Posts.takeaways("Freshly edited takeaway"));
			this.events.publishEvent(new PostChanged(editing.getId(), Set.of(editing.getSlug()), true));
		});

		assertThat(get(path)).bodyText().contains("Freshly edited takeaway");
		assertThat(get(path + "/takeaways")).bodyText().contains("Freshly edited takeaway");
	}

	@Test
	void anApprovedCommentShowsOnTheNextRequest() {
		Post post = this.fixtures.closedPost();
		Comment held = this.fixtures.pendingComment(post, "cached@example.org", "Approved while cached");
		String path = "/posts/" + post.getSlug();
		assertThat(get(path)).bodyText().doesNotContain("Approved while cached");
		get(path);

		this.moderation.apply(ModerationAction.APPROVE, List.of(held.getId()), "root");

		assertThat(get(path)).bodyText().contains("Approved while cached", "One thought on");
	}

	@Test
	void closingAndReopeningCommentsShowOnTheNextRequest() {
		Post post = this.fixtures.openPost();
		String path = "/posts/" + post.getSlug();
		assertThat(get(path)).bodyText().contains("comment-form");

		this.moderation.setCommentsOpen(post.getId(), false, "root");
		assertThat(get(path)).bodyText().contains("Comments are closed.").doesNotContain("comment-form");
		get(path);

		this.moderation.setCommentsOpen(post.getId(), true, "root");
		assertThat(get(path)).bodyText().contains("comment-form").doesNotContain("Comments are closed.");
	}

	@Test
	void listsComeFromTheCacheAndANewPostShowsOnTheNextRequest() {
		get("/");
		get("/tags");
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		get("/");
		get("/tags");
		assertThat(statistics.getPrepareStatementCount()).as("served without touching the database").isZero();

		Post post = this.fixtures.openPost();

		assertThat(get("/")).bodyText().contains(post.getTitle());
	}

	@Test
	void anApprovedCommentChangesTheCountOnTheHomePage() {
		Post post = this.fixtures.closedPost();
		Comment held = this.fixtures.pendingComment(post, "counted@example.org", "Counted while cached");
		assertThat(summaryOf(post)).contains("No comments");
		get("/");

		this.moderation.apply(ModerationAction.APPROVE, List.of(held.getId()), "root");

		assertThat(summaryOf(post)).contains("One comment").doesNotContain("No comments");
	}

	@Test
	void aDraftSaveKeepsCachedListsAndAPublishedEditEvictsThem() {
		Post draft = this.fixtures.draftPost();
		get("/");
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

		this.events.publishEvent(new PostChanged(draft.getId(), Set.of(draft.getSlug()), false));
		statistics.clear();
		get("/");
		assertThat(statistics.getPrepareStatementCount()).as("the home page stayed cached").isZero();

		this.events.publishEvent(new PostChanged(draft.getId(), Set.of(draft.getSlug()), true));
		statistics.clear();
		get("/");
		assertThat(statistics.getPrepareStatementCount()).as("the home page was rendered again").isPositive();
	}

	@Test
	void aScheduledPostAppearsOnTheHomePageWhenItsTimeComesWithoutAnyOtherChange() {
		Post scheduled = this.transactions.execute((tx) -> {
			Post post = Posts.draft(CommentFixtures.unique("scheduled"), this.posts.findAll().get(0).getAuthorId(),
					this.clock);
			post.publishAt(this.clock.instant().plus(Duration.ofHours(1)), this.clock);
			Post saved = this.posts.save(post);
			this.events.publishEvent(new PostChanged(saved.getId(), Set.of(saved.getSlug()), true));
			return saved;
		});
		assertThat(get("/")).bodyText().doesNotContain(scheduled.getTitle());
		((MutableClock) this.clock).advance(Duration.ofMinutes(59));
		assertThat(get("/")).bodyText().doesNotContain(scheduled.getTitle());

		((MutableClock) this.clock).advance(Duration.ofMinutes(1));

		assertThat(get("/")).bodyText().contains(scheduled.getTitle());
	}

	@Test
	void aPostScheduledBeforeTheOneAwaitedAppearsAtItsOwnTime() {
		Post later = schedule("later", Duration.ofHours(2));
		assertThat(get("/")).bodyText().doesNotContain(later.getTitle());
		Post sooner = schedule("sooner", Duration.ofHours(1));
		assertThat(get("/")).bodyText().doesNotContain(sooner.getTitle());

		((MutableClock) this.clock).advance(Duration.ofHours(1));

		assertThat(get("/")).bodyText().contains(sooner.getTitle()).doesNotContain(later.getTitle());
		((MutableClock) this.clock).advance(Duration.ofHours(1));
		assertThat(get("/")).bodyText().contains(sooner.getTitle(), later.getTitle());
	}

	private Post schedule(String name, Duration after) {
		return this.transactions.execute((tx) -> {
			Post post = Posts.draft(CommentFixtures.unique(name), this.posts.findAll().get(0).getAuthorId(),
					this.clock);
			post.publishAt(this.clock.instant().plus(after), this.clock);
			Post saved = this.posts.save(post);
			this.events.publishEvent(new PostChanged(saved.getId(), Set.of(saved.getSlug()), true));
			return saved;
		});
	}

	private String summaryOf(Post post) {
		String html = new String(get("/").getResponse().getContentAsByteArray(),
				java.nio.charset.StandardCharsets.UTF_8);
		return org.jsoup.Jsoup.parse(html).select("article:has(a[href$=/posts/" + post.getSlug() + "])").text();
	}

}
