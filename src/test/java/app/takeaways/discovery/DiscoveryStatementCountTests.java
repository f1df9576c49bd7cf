package app.takeaways.discovery;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.comment.Comment;
import app.takeaways.comment.CommentRepository;
import app.takeaways.pagecache.PageCache;
import app.takeaways.post.Post;
import app.takeaways.post.PostChanged;
import app.takeaways.post.PostRepository;
import app.takeaways.post.Posts;
import app.takeaways.post.Tag;
import app.takeaways.post.TagRepository;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Discovery pages and documents run the same few SQL statements (Hibernate's and
 * JdbcClient's alike) for a blog of 12 posts and one of 40.
 */
@SpringBootTest(properties = { "takeaways.demo.enabled=false" })
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class DiscoveryStatementCountTests {

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
	Clock clock;

	@Autowired
	StatementCounter counter;

	/**
	 * Announces a change and empties the page cache before each page, so every page is
	 * rendered: a list rendered after a change also asks once when the next scheduled
	 * post comes out.
	 */
	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PageCache pageCache;

	@Test
	void tagSearchArchiveFeedAndSitemapRunAFixedNumberOfStatements() {
		Account author = this.accounts.save(Posts.author("counter"));
		Tag tag = this.tags.save(new Tag("counted", "Counted"));
		YearMonth month = YearMonth.now(this.clock.withZone(ZoneId.of("UTC")));
		List<String> paths = List.of("/tags", "/tags/counted", "/search?q=nine", "/archive",
				"/archive/%04d/%02d".formatted(month.getYear(), month.getMonthValue()), "/feed.atom",
				"/tags/counted/feed.atom", "/sitemap.xml", "/posts/post-0/comments.atom");
		addPosts(author, tag, 0, 12, 2);
		Map<String, Long> small = statementsFor(paths);

		addPosts(author, tag, 12, 40, 4);
		Map<String, Long> large = statementsFor(paths);

		assertThat(large).isEqualTo(small);
		assertThat(large).containsEntry("/tags", 2L)
			.containsEntry("/tags/counted", 5L)
			.containsEntry("/search?q=nine", 5L)
			.containsEntry("/archive", 2L)
			.containsEntry("/feed.atom", 4L)
			.containsEntry("/sitemap.xml", 3L);
		// Search: four (the search, then the found posts' texts, takeaways and tags),
		// plus
		// once after each change when the next scheduled post comes out (until then its
		// kept result pages stay true; the page cache asks the same remembered answer).
		assertThat(large.values()).allSatisfy((count) -> assertThat(count).isLessThanOrEqualTo(5));
	}

	private void addPosts(Account author, Tag tag, int from, int to, int commentsEach) {
		for (int i = from; i < to; i++) {
			Post post = Posts.published("post-" + i, author, this.clock, "One", "Two", "Three", "Four", "Five", "Six",
					"Seven", "Eight", "Nine");
			post.tagWith(Set.of(tag));
			this.posts.save(post);
			for (int c = 0; c < commentsEach; c++) {
				Comment comment = new Comment(post.getId(), null, "Reader " + c, "r" + c + "@example.org", null,
						"Hello " + c, this.clock);
				comment.approve(this.clock);
				this.comments.save(comment);
			}
		}
	}

	private Map<String, Long> statementsFor(List<String> paths) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String path : paths) {
			this.events.publishEvent(new PostChanged(0L, Set.of(), true));
			this.pageCache.evictAll();
			counts.put(path, this.counter.count(() -> assertThat(this.mvc.get().uri(path).exchange()).hasStatusOk()));
		}
		return counts;
	}

}
