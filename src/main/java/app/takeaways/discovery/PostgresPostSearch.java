package app.takeaways.discovery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

import app.takeaways.post.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL full-text search over the {@code post.search_vector} column that triggers
 * keep current (see {@code db/vendor/postgresql/V21}). The reader's text goes to
 * {@code websearch_to_tsquery}, so quotes, {@code or} and {@code -word} work as on search
 * engines. Ranking is bounded: the newest {@value #CANDIDATES} matching posts are the
 * candidates (found through the GIN index), and only they are ordered by {@code ts_rank}
 * (title and takeaway headings weigh most), then newest first. A word found in 5,000
 * posts thus costs the same as one found in 1,000, and results end after the 1,000th.
 */
class PostgresPostSearch implements PostSearch {

	static final int CANDIDATES = 1000;

	private static final String SQL = """
			WITH query AS MATERIALIZED (SELECT websearch_to_tsquery('english', :q) AS q),
			candidates AS MATERIALIZED (
				SELECT p.id, p.published_at FROM post p, query
				WHERE p.search_vector @@ query.q AND
			""" + Visibility.SQL + """

				ORDER BY p.published_at DESC, p.id DESC
				LIMIT :candidates)
			SELECT c.id FROM candidates c JOIN post p ON p.id = c.id, query
			ORDER BY ts_rank(p.search_vector, query.q) DESC, c.published_at DESC, c.id DESC
			LIMIT :limit OFFSET :offset""";

	/**
	 * What is neither a word nor search syntax (quotes, a leading minus): a space, so
	 * that "energy+deals" means two words, as it does on H2.
	 */
	private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\s\"-]");

	private final JdbcClient jdbc;

	PostgresPostSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Long> find(SearchQuery query, Instant now, int offset, int limit) {
		if (offset >= CANDIDATES) {
			return List.of();
		}
		return this.jdbc.sql(SQL)
			.param("q", PUNCTUATION.matcher(query.text()).replaceAll(" "))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("candidates", CANDIDATES)
			.param("limit", limit)
			.param("offset", offset)
			.query(Long.class)
			.list();
	}

}
