package app.takeaways.discovery;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;

import app.takeaways.post.Visibility;
import org.postgresql.PGStatement;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.SingleColumnRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * PostgreSQL full-text search over the {@code post.search_vector} column that triggers
 * keep current (see {@code db/vendor/postgresql/V21}). The reader's text goes to
 * {@code websearch_to_tsquery}, so quotes, {@code or} and {@code -word} work as on search
 * engines. Ranking is bounded: the newest {@value #CANDIDATES} matching posts are the
 * candidates (found through the GIN index), and only they are ordered by {@code ts_rank}
 * (title and takeaway headings weigh most), then newest first. A word found in 5,000
 * posts thus costs the same as one found in 1,000, and results end after the 1,000th.
 * <p>
 * The statement is planned for each search with its own words and time, never as a
 * generic plan: the JDBC driver turns a statement run five times on a connection into a
 * server-side prepared one, and PostgreSQL's generic plan for it guessed a third of all
 * posts for {@code published_at <= ?} and intersected the word's posts with that range of
 * the date index, which took the statement about twice as long on 100,000 posts.
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

	private static final ParsedSql PARSED = NamedParameterUtils.parseSqlStatement(SQL);

	private final JdbcOperations jdbc;

	PostgresPostSearch(JdbcOperations jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Long> find(SearchQuery query, Instant now, int offset, int limit) {
		if (offset >= CANDIDATES) {
			return List.of();
		}
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("q", PUNCTUATION.matcher(query.text()).replaceAll(" "))
			.addValue("now", now.atOffset(ZoneOffset.UTC))
			.addValue("candidates", CANDIDATES)
			.addValue("limit", limit)
			.addValue("offset", offset);
		return this.jdbc.query(plannedEachTime(params), new SingleColumnRowMapper<>(Long.class));
	}

	/**
	 * The statement with its parameters, kept from becoming a server-side prepared
	 * statement (prepare threshold 0), so that PostgreSQL plans it with the values.
	 */
	private static PreparedStatementCreator plannedEachTime(MapSqlParameterSource params) {
		PreparedStatementCreator creator = new PreparedStatementCreatorFactory(
				NamedParameterUtils.substituteNamedParameters(PARSED, params),
				NamedParameterUtils.buildSqlParameterList(PARSED, params))
			.newPreparedStatementCreator(NamedParameterUtils.buildValueArray(PARSED, params, null));
		return (connection) -> {
			PreparedStatement statement = creator.createPreparedStatement(connection);
			try {
				statement.unwrap(PGStatement.class).setPrepareThreshold(0);
			}
			catch (SQLException | RuntimeException ex) {
				statement.close();
				throw ex;
			}
			return statement;
		};
	}

}
