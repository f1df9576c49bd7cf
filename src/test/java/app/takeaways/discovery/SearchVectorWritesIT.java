package app.takeaways.discovery;

import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.post.PostCommands;
import app.takeaways.post.PostContent;
import app.takeaways.post.PostStatus;
import app.takeaways.post.Posts;
import app.takeaways.support.RequiresPostgres;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL a post's search vector is rebuilt once per saving transaction, from the
 * rows as they are at commit, however many takeaways the save replaced: a save of nine
 * takeaways used to rebuild it (and write the post row) about twenty times.
 */
@SpringBootTest(properties = "takeaways.demo.enabled=false")
@AutoConfigureMockMvc
@RequiresPostgres
class SearchVectorWritesIT {

	@Autowired
	PostCommands commands;

	@Autowired
	AccountRepository accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SearchResultCache cache;

	@Autowired
	Clock clock;

	@Test
	void replacingNineTakeawaysWritesThePostRowAFewTimesNotOncePerTakeaway() {
		long author = this.accounts.save(Posts.author("vectors")).getId();
		long id = this.commands.create("nine-birds", author, content("wren"));

		long postRowWrites = this.transactions.execute((status) -> {
			// Read before and after in one transaction: on PostgreSQL 15 these counts may
			// still
			// hold earlier transactions of the same connection that were not yet
			// reported.
			long before = postRowsUpdated();
			this.commands.replace(id, content("heron"));
			// Runs the deferred triggers now instead of at commit, so that their writes
			// can be
			// counted before the transaction ends.
			this.jdbc.execute("SET CONSTRAINTS ALL IMMEDIATE");
			return postRowsUpdated() - before;
		});

		// The save's own updates of the post (its text, then its takeaway count and
		// version)
		// and one rebuild of the search vector; before, each of the eighteen takeaway
		// rows
		// deleted and inserted rewrote the post as well.
		assertThat(postRowWrites).as("post row versions written by one save").isBetween(1L, 4L);
	}

	private long postRowsUpdated() {
		return this.jdbc.queryForObject(
				"SELECT n_tup_upd FROM pg_stat_xact_user_tables WHERE relname = 'post' AND schemaname = current_schema()",
				Long.class);
	}

	@Test
	void aReaderFindsTheSavedTakeawaysAndNotTheReplacedOnes() throws Exception {
		long author = this.accounts.save(Posts.author("finder")).getId();
		long id = this.commands.create("nine-fish", author, content("pike"));
		this.commands.replace(id, content("carp"));
		this.cache.evictAll();

		assertThat(resultSlugs("/search?q=carp")).containsExactly("nine-fish");
		assertThat(resultSlugs("/search?q=pike")).isEmpty();
	}

	private List<String> resultSlugs(String path) throws Exception {
		String html = this.mvc.get().uri(path).exchange().getResponse().getContentAsString();
		return SearchContract.resultSlugs(Jsoup.parse(html));
	}

	private PostContent content(String word) {
		List<PostContent.Item> takeaways = IntStream.rangeClosed(1, 9)
			.mapToObj((n) -> new PostContent.Item(null, "Point " + n + " about the " + word,
					"Why the " + word + " matters, reason " + n + "."))
			.toList();
		return new PostContent("Notes on birds and fish", "A lead.", "A body.", takeaways, List.of(),
				PostStatus.PUBLISHED, this.clock.instant().minusSeconds(3600), false, null, null);
	}

}
