package app.takeaways.moderation;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import app.takeaways.comment.Comment;
import app.takeaways.comment.CommentFixtures;
import app.takeaways.comment.DiscussionSettingsForm;
import app.takeaways.comment.DiscussionSettingsStore;
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
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API and the feeds come from the page cache, and the changes that evict a
 * post's page evict them too: an edit, an approved comment, closing comments, a change of
 * the discussion rules, and a scheduled post coming out.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CommentFixtures.class)
class CachedApiAndFeedEvictionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CommentFixtures fixtures;

	@Autowired
	ModerationService moderation;

	@Autowired
	DiscussionSettingsStore settings;

	@Autowired
	PostRepository posts;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

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

	private String get(String path) {
		MvcTestResult result = this.mvc.get().uri(path).header("Accept", "application/json, */*").exchange();
		assertThat(result).as(path).hasStatusOk();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/**
	 * Asks for each address twice and checks the second answer touched no database.
	 */
	private void cached(String... paths) {
		for (String path : paths) {
			get(path);
		}
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		for (String path : paths) {
			get(path);
		}
		assertThat(statistics.getPrepareStatementCount()).as("served from the cache").isZero();
	}

	private static String api(Post post) {
		return "/api/posts/" + post.getSlug();
	}

	@Test
	void anEditShowsInTheApiAndTheFeedsOnTheNextRequest() {
		Post post = this.fixtures.closedPost();
		cached(api(post), api(post) + "/takeaways", "/api/posts", "/feed.atom", "/feed.rss");

		this.fixtures.reviseTakeaways(post.getId(), "Edited for the API");

		assertThat(get(api(post))).contains("Edited for the API");
		assertThat(get(api(post) + "/takeaways")).contains("Edited for the API");
		assertThat(get("/feed.atom")).contains("Edited for the API");
		assertThat(get("/feed.rss")).contains("Edited for the API");
	}

	@Test
	void anApprovedCommentShowsInTheApiAndTheCommentFeed() {
		Post post = this.fixtures.closedPost();
		Comment held = this.fixtures.pendingComment(post, "api@example.org", "Approved for the feed");
		String feed = "/posts/" + post.getSlug() + "/comments.atom";
		cached(api(post), feed);
		assertThat(get(api(post))).contains("\"commentCount\":0");

		this.moderation.apply(ModerationAction.APPROVE, List.of(held.getId()), "root");

		assertThat(get(api(post))).contains("\"commentCount\":1");
		assertThat(get(feed)).contains("Approved for the feed");
	}

	@Test
	void closingCommentsShowsInTheApi() {
		Post post = this.fixtures.openPost();
		cached(api(post));
		assertThat(get(api(post))).contains("\"commentsOpen\":true");

		this.moderation.setCommentsOpen(post.getId(), false, "root");

		assertThat(get(api(post))).contains("\"commentsOpen\":false");
	}

	@Test
	void aDiscussionRuleChangeShowsInTheApi() {
		Post post = this.fixtures.openPost();
		((MutableClock) this.clock).advance(Duration.ofDays(3));
		cached(api(post));
		assertThat(get(api(post))).contains("\"commentsOpen\":true");

		try {
			this.settings.change(new DiscussionSettingsForm(true, 2, "", false, 1, 3));

			assertThat(get(api(post))).contains("\"commentsOpen\":false");
		}
		finally {
			this.settings.change(new DiscussionSettingsForm(true, 2, "", false, 0, 3));
		}
	}

	@Test
	void aScheduledPostAppearsInTheApiListAndTheFeedsWhenItsTimeComes() {
		Post scheduled = this.transactions.execute((tx) -> {
			Post post = Posts.draft(CommentFixtures.unique("scheduled-api"), this.posts.findAll().get(0).getAuthorId(),
					this.clock);
			post.publishAt(this.clock.instant().plus(Duration.ofHours(1)), this.clock);
			Post saved = this.posts.save(post);
			this.events.publishEvent(new PostChanged(saved.getId(), Set.of(saved.getSlug()), true));
			return saved;
		});
		List<String> lists = List.of("/api/posts", "/feed.atom", "/feed.rss");
		cached(lists.toArray(String[]::new));
		((MutableClock) this.clock).advance(Duration.ofMinutes(59));
		lists.forEach((path) -> assertThat(get(path)).as(path).doesNotContain(scheduled.getSlug()));

		((MutableClock) this.clock).advance(Duration.ofMinutes(1));

		lists.forEach((path) -> assertThat(get(path)).as(path).contains(scheduled.getSlug()));
	}

}
