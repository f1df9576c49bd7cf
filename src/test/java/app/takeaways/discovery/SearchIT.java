package app.takeaways.discovery;

import java.util.List;
import java.util.stream.IntStream;

import app.takeaways.account.Account;
import app.takeaways.post.Post;
import app.takeaways.post.Posts;
import app.takeaways.support.RequiresPostgres;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = "takeaways.time-zone=Europe/Berlin")
@AutoConfigureMockMvc
@RequiresPostgres
class SearchIT extends SearchContract {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PostSearch search;

	@Autowired
	JdbcOperations jdbcOperations;

	/**
	 * Runs the triggers queued so far, as a commit would, and defers the next ones again.
	 */
	@Override
	void searchIndexCatchesUp() {
		this.jdbc.execute("SET CONSTRAINTS ALL IMMEDIATE");
		this.jdbc.execute("SET CONSTRAINTS ALL DEFERRED");
	}

	/**
	 * The JDBC driver makes a statement run five times on one connection a server-side
	 * prepared one, and PostgreSQL's generic plan for the search was twice as slow as one
	 * made for the words: the search stays unprepared however often it runs.
	 */
	@Test
	@Transactional
	void searchIsPlannedForItsWordsHoweverOftenItRunsOnOneConnection() {
		SearchQuery energy = SearchQuery.parse("energy").query();
		for (int i = 0; i < 8; i++) {
			assertThat(this.search.find(energy, this.clock.instant(), 0, 10)).isNotEmpty();
		}
		assertThat(this.jdbc.queryForObject(
				"SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%websearch_to_tsquery%'",
				Long.class))
			.isZero();
	}

	/**
	 * A blog with more posts than the window searches its newest posts first, and all of
	 * them only when the newest hold too few matches: the results are those of searching
	 * all posts either way. Here two candidates are ranked and the newest three posts
	 * come first.
	 */
	@Test
	@Transactional
	void theNewestPostsAreSearchedFirstAndTheResultsAreThoseOfAllPosts() {
		Account author = this.accounts.save(Posts.author("windowed"));
		long newest = saveSecondsAgo("gecko-one", "Gecko one", "A lead.", author, 1);
		saveSecondsAgo("plain-two", "Plain two", "A lead.", author, 2);
		long third = saveSecondsAgo("gecko-three", "Gecko three", "A gecko and a gecko.", author, 3);
		saveSecondsAgo("plain-four", "Plain four", "A lead.", author, 4);
		long older = saveSecondsAgo("tapir-five", "Plain five", "A tapir.", author, 5);
		saveSecondsAgo("gecko-six", "Gecko six", "A lead.", author, 6);
		searchIndexCatchesUp();
		PostgresPostSearch newestFirst = new PostgresPostSearch(this.jdbcOperations, () -> 0, 2, 3);
		PostgresPostSearch allAtOnce = new PostgresPostSearch(this.jdbcOperations, () -> 0, 2, Integer.MAX_VALUE);

		List<Long> geckos = find(newestFirst, "gecko");
		List<Long> tapirs = find(newestFirst, "tapir");

		assertThat(geckos).containsExactly(third, newest).isEqualTo(find(allAtOnce, "gecko"));
		assertThat(tapirs).containsExactly(older).isEqualTo(find(allAtOnce, "tapir"));
	}

	/**
	 * A word in more posts than are ranked: a reader pages through its newest 500
	 * matches, the 50th page is the last (no link to a next one) and the page after it is
	 * not found, however many older posts hold the word.
	 */
	@Test
	@Transactional
	void aWordInMorePostsThanAreRankedEndsAfterTheFiveHundredthMatch() throws Exception {
		Account author = this.accounts.save(Posts.author("prolific"));
		List<Post> okapis = IntStream.rangeClosed(1, 505).mapToObj((n) -> {
			Post post = new Post("okapi-" + n, "Okapi " + n, "A lead.", "Body.", author.getId(), this.clock);
			post.publishAt(this.clock.instant().minusSeconds(n), this.clock);
			return post;
		}).toList();
		this.posts.saveAllAndFlush(okapis);
		searchIndexCatchesUp();

		Document last = page("/search?q=okapi&page=50");

		assertThat(resultSlugs(last)).hasSize(10);
		assertThat(last.select("a[rel=next]")).isEmpty();
		assertThat(this.mvc.get().uri("/search?q=okapi&page=51")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/api/search?q=okapi&page=50")).bodyJson()
			.extractingPath("$.hasNext")
			.isEqualTo(false);
	}

	private List<Long> find(PostSearch search, String words) {
		return search.find(SearchQuery.parse(words).query(), this.clock.instant(), 0, 10);
	}

	private long saveSecondsAgo(String slug, String title, String lead, Account author, int secondsAgo) {
		Post post = new Post(slug, title, lead, "Body.", author.getId(), this.clock);
		post.publishAt(this.clock.instant().minusSeconds(secondsAgo), this.clock);
		return this.posts.saveAndFlush(post).getId();
	}

}
