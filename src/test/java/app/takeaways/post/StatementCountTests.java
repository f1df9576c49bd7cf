package app.takeaways.post;

import java.time.Clock;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.comment.Comment;
import app.takeaways.comment.CommentRepository;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages run a fixed number of SQL statements, however many posts, takeaways and comments
 * there are (no N+1). The first request warms what the process keeps in memory (the
 * discussion rules), as any request after start-up has.
 */
@SpringBootTest(properties = { "takeaways.demo.enabled=false" })
@AutoConfigureMockMvc
class StatementCountTests {

	static final int HOME_PAGE_STATEMENTS = 4;

	static final int POST_PAGE_STATEMENTS = 3;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PostRepository posts;

	@Autowired
	TagRepository tags;

	@Autowired
	AccountRepository accounts;

	@Autowired
	CommentRepository comments;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void homeAndPostPagesRunTheSameFewStatementsForSmallAndLargerBlogs() {
		Account author = this.accounts.save(Posts.author("counter"));
		Tag tag = this.tags.save(new Tag("counted", "Counted"));
		addPosts(author, tag, 0, 12, 2);
		statementsFor("/posts/post-0");
		long homeSmall = statementsFor("/");
		long postSmall = statementsFor("/posts/post-0");

		addPosts(author, tag, 12, 40, 6);
		long homeLarge = statementsFor("/");
		long postLarge = statementsFor("/posts/post-0");

		assertThat(homeLarge).isEqualTo(homeSmall).isLessThanOrEqualTo(HOME_PAGE_STATEMENTS);
		assertThat(postLarge).isEqualTo(postSmall).isLessThanOrEqualTo(POST_PAGE_STATEMENTS);
	}

	private void addPosts(Account author, Tag tag, int from, int to, int commentsEach) {
		for (int i = from; i < to; i++) {
			Post post = Posts.published("post-" + i, author, this.clock, "One", "Two", "Three", "Four", "Five", "Six",
					"Seven", "Eight", "Nine");
			post.tagWith(java.util.Set.of(tag));
			this.posts.save(post);
			this.events.publishEvent(new PostChanged(post.getId(), java.util.Set.of(post.getSlug()), true));
			for (int c = 0; c < commentsEach; c++) {
				Comment comment = new Comment(post.getId(), null, "Reader " + c, "r" + c + "@example.org", null,
						"Hello " + c, this.clock);
				comment.approve(this.clock);
				this.comments.save(comment);
			}
		}
		Post first = this.posts.findWithTakeawaysBySlug("post-0").orElseThrow();
		for (int c = 0; c < commentsEach; c++) {
			Comment comment = new Comment(first.getId(), null, "Extra " + c, "e@example.org", null, "More", this.clock);
			comment.approve(this.clock);
			this.comments.save(comment);
		}
	}

	private long statementsFor(String path) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(this.mvc.get().uri(path).exchange()).hasStatusOk();
		return statistics.getPrepareStatementCount();
	}

}
