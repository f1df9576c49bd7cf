package app.takeaways.discovery;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.pagecache.PageCache;
import app.takeaways.post.PostChanged;
import app.takeaways.post.PostRepository;
import app.takeaways.post.Posts;
import app.takeaways.support.RequiresPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL full-text search runs the same statements for a word found in a dozen posts
 * as for one found in many pages of them, on the first page and on later ones: no count
 * of all matches, one search statement, then the page's posts (and, as here after a
 * change, the look-up of where the newest posts start).
 */
@SpringBootTest(properties = { "takeaways.demo.enabled=false", "takeaways.page-size=5" })
@AutoConfigureMockMvc
@RequiresPostgres
@Import(StatementCounter.Configuration.class)
class SearchStatementCountIT {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PostRepository posts;

	@Autowired
	AccountRepository accounts;

	@Autowired
	Clock clock;

	@Autowired
	StatementCounter counter;

	@Autowired
	SearchResultCache cache;

	@Autowired
	PageCache pageCache;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void searchPagesRunAFixedNumberOfStatementsForFewAndManyMatches() {
		Account author = this.accounts.save(Posts.author("searcher"));
		List<String> paths = List.of("/search?q=harbour", "/search?q=harbour&page=2", "/api/search?q=harbour");
		addPosts(author, 0, 12);
		Map<String, Long> small = statementsFor(paths);

		addPosts(author, 12, 60);
		Map<String, Long> large = statementsFor(paths);

		assertThat(large).isEqualTo(small);
		assertThat(large.values()).allSatisfy((count) -> assertThat(count).isLessThanOrEqualTo(6));
	}

	/**
	 * Posts saved through the repository announce nothing, so a change is announced here
	 * and the caches emptied: every page is searched and rendered.
	 */
	private Map<String, Long> statementsFor(List<String> paths) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String path : paths) {
			this.events.publishEvent(new PostChanged(0L, Set.of(), true));
			this.cache.evictAll();
			this.pageCache.evictAll();
			counts.put(path, this.counter.count(() -> assertThat(this.mvc.get().uri(path)).hasStatusOk()));
		}
		return counts;
	}

	private void addPosts(Account author, int from, int to) {
		for (int i = from; i < to; i++) {
			this.posts.save(Posts.published("harbour-" + i, author, this.clock, "Harbour notes", "Two", "Three"));
		}
	}

}
