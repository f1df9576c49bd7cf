package app.takeaways.discovery;

import app.takeaways.support.RequiresPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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

}
