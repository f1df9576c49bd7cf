package app.takeaways.discovery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL full-text search over the {@code post.search_vector} column that triggers
 * keep current (see {@code db/vendor/postgresql/V21}). The reader's text goes to
 * {@code websearch_to_tsquery}, so quotes, {@code or} and {@code -word} work as on search
 * engines; results are ordered by {@code ts_rank} (title and takeaway headings weigh
 * most), then newest first.
 */
class PostgresPostSearch implements PostSearch {

	private static final String SQL = """
			SELECT p.id, COUNT(*) OVER () AS total
			FROM post p CROSS JOIN websearch_to_tsquery('english', :q) AS query
			WHERE p.status <> 'DRAFT' AND p.published_at <= :now AND p.search_vector @@ query
			ORDER BY ts_rank(p.search_vector, query) DESC, p.published_at DESC, p.id DESC
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
	public Hits find(SearchQuery query, Instant now, int offset, int limit) {
		List<Long> ids = new ArrayList<>();
		long[] total = { 0 };
		this.jdbc.sql(SQL)
			.param("q", PUNCTUATION.matcher(query.text()).replaceAll(" "))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("limit", limit)
			.param("offset", offset)
			.query((rs) -> {
				ids.add(rs.getLong("id"));
				total[0] = rs.getLong("total");
			});
		return new Hits(List.copyOf(ids), total[0]);
	}

}
