package app.takeaways.discovery;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

import app.takeaways.post.Visibility;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGStatement;

import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.PreparedStatementCreatorFactory;
import org.springframework.jdbc.core.SingleColumnRowMapper;
import org.springframework.jdbc.core.SqlProvider;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * PostgreSQL full-text search over the {@code post.search_vector} column that triggers
 * keep current (see {@code db/vendor/postgresql/V21}). The reader's text goes to
 * {@code websearch_to_tsquery}, so quotes, {@code or} and {@code -word} work as on search
 * engines. Ranking is bounded: the newest {@value #CANDIDATES} matching posts are the
 * candidates, and only they are ordered by {@code ts_rank} (title and takeaway headings
 * weigh most), then newest first. A word found in 5,000 posts thus costs about the same
 * to rank as one found in 500, and results end after the 500th (50 pages at ten results a
 * page).
 * <p>
 * The reader's words are written out in each part of the statement, so that PostgreSQL
 * plans with how many posts hold them. A word in most posts ("takeaways") is found by
 * reading the newest posts in date order until {@value #CANDIDATES} match; a rarer one
 * through the GIN index, which means reading every matching post's row to keep the
 * newest: on 100,000 posts a word in one post of twenty would read 5,000 rows. So a blog
 * with more than {@value #WINDOW} visible posts looks among its newest {@value #WINDOW}
 * first (the date where they start is looked up again after posts change,
 * {@link Window}); when that finds {@value #CANDIDATES} matches, they are the newest
 * matching posts of all and the rest is never read. Otherwise the same statement goes on
 * to all posts, so the results are the same either way.
 * <p>
 * The statement is planned for each search with its own words and time, never as a
 * generic plan: the JDBC driver turns a statement run five times on a connection into a
 * server-side prepared one, and PostgreSQL's generic plan for it guessed a third of all
 * posts for {@code published_at <= ?} and intersected the word's posts with that range of
 * the date index, which took the statement about twice as long on 100,000 posts.
 */
class PostgresPostSearch implements PostSearch {

	/**
	 * How many of the newest matches are ranked. Each carries its search vector through a
	 * sort and two materialized steps, so the bound sets most of a common word's cost:
	 * with 1,000 a search took about 1.7 times the PostgreSQL CPU (bench/README, "Search
	 * on PostgreSQL").
	 */
	static final int CANDIDATES = 500;

	/**
	 * How many of the newest posts are searched first: enough for a word in one post of
	 * twenty to fill the candidates from them alone (only just: a rarer word goes on to
	 * all posts and pays for both looks).
	 */
	static final int WINDOW = 20 * CANDIDATES;

	/**
	 * What a candidate carries: its search vector too, from the row it was found in, so
	 * ranking reads no post again (by id, once per candidate).
	 */
	private static final String CANDIDATE = "SELECT p.id, p.published_at, p.search_vector FROM post p";

	/**
	 * The reader's words as a query, written out wherever they are used rather than
	 * computed once and joined: PostgreSQL estimates how many posts hold a word only from
	 * the word itself (a joined query read 1,002 matches of a word in every post of a
	 * small blog and sorted them, instead of the newest 500).
	 */
	private static final String WORDS = "websearch_to_tsquery('english', :q)";

	/** The matching visible posts, to be cut to the newest {@code :candidates}. */
	private static final String MATCHES = CANDIDATE + "\nWHERE p.search_vector @@ " + WORDS + " AND " + Visibility.SQL;

	/** The matching visible posts since {@code :since}. */
	private static final String RECENT_MATCHES = MATCHES + " AND p.published_at >= :since";

	private static final String NEWEST = "\nORDER BY p.published_at DESC, p.id DESC LIMIT :candidates";

	private static final String RANKED = """

			SELECT c.id FROM candidates c
			ORDER BY ts_rank(c.search_vector, %s) DESC, c.published_at DESC, c.id DESC
			LIMIT :limit OFFSET :offset""".formatted(WORDS);

	private static final ParsedSql ALL_POSTS = NamedParameterUtils
		.parseSqlStatement("WITH candidates AS MATERIALIZED (" + MATCHES + NEWEST + ")" + RANKED);

	/**
	 * The candidates from the posts since {@code :since} when they are enough, else from
	 * all posts: the second part runs only when the first found too few.
	 */
	private static final ParsedSql NEWEST_FIRST = NamedParameterUtils.parseSqlStatement(
			"WITH recent AS MATERIALIZED (" + RECENT_MATCHES + NEWEST + "),\n" + "candidates AS MATERIALIZED (\n"
					+ "SELECT r.* FROM recent r WHERE (SELECT count(*) FROM recent) = :candidates\n" + "UNION ALL ("
					+ MATCHES + " AND (SELECT count(*) FROM recent) < :candidates" + NEWEST + "))" + RANKED);

	/** The date of the visible post that comes after the newest {@code :skip}. */
	private static final ParsedSql WINDOW_START = NamedParameterUtils
		.parseSqlStatement("SELECT p.published_at FROM post p WHERE " + Visibility.SQL
				+ " ORDER BY p.published_at DESC, p.id DESC OFFSET :skip LIMIT 1");

	/**
	 * What is neither a word nor search syntax (quotes, a leading minus): a space, so
	 * that "energy+deals" means two words, as it does on H2.
	 */
	private static final Pattern PUNCTUATION = Pattern.compile("[^\\p{L}\\p{N}\\s\"-]");

	private final JdbcOperations jdbc;

	private final LongSupplier changes;

	private final int candidates;

	private final int window;

	private volatile @Nullable Window newest;

	/**
	 * @param changes a number that moves whenever posts change as readers see them
	 */
	PostgresPostSearch(JdbcOperations jdbc, LongSupplier changes) {
		this(jdbc, changes, CANDIDATES, WINDOW);
	}

	/**
	 * @param changes a number that moves whenever posts change as readers see them
	 * @param candidates how many of the newest matching posts are ranked
	 * @param window how many of the newest posts are searched first
	 */
	PostgresPostSearch(JdbcOperations jdbc, LongSupplier changes, int candidates, int window) {
		this.jdbc = jdbc;
		this.changes = changes;
		this.candidates = candidates;
		this.window = window;
	}

	@Override
	public List<Long> find(SearchQuery query, Instant now, int offset, int limit) {
		if (offset >= this.candidates) {
			return List.of();
		}
		Instant since = windowStart(now);
		MapSqlParameterSource params = new MapSqlParameterSource()
			.addValue("q", PUNCTUATION.matcher(query.text()).replaceAll(" "))
			.addValue("now", now.atOffset(ZoneOffset.UTC))
			.addValue("since", (since != null) ? since.atOffset(ZoneOffset.UTC) : null)
			.addValue("candidates", this.candidates)
			.addValue("limit", limit)
			.addValue("offset", offset);
		return this.jdbc.query(plannedEachTime((since != null) ? NEWEST_FIRST : ALL_POSTS, params),
				new SingleColumnRowMapper<>(Long.class));
	}

	/**
	 * The date from which the newest {@code window} visible posts are, null when there
	 * are not more of them (then all posts are searched at once). Looked up again only
	 * after posts changed: any date gives the same results, only the work differs.
	 */
	private @Nullable Instant windowStart(Instant now) {
		long generation = this.changes.getAsLong();
		Window kept = this.newest;
		if (kept == null || kept.generation() != generation) {
			MapSqlParameterSource params = new MapSqlParameterSource().addValue("now", now.atOffset(ZoneOffset.UTC))
				.addValue("skip", this.window);
			List<OffsetDateTime> start = this.jdbc.query(plannedEachTime(WINDOW_START, params),
					new SingleColumnRowMapper<>(OffsetDateTime.class));
			kept = new Window(start.isEmpty() ? null : start.get(0).toInstant(), generation);
			this.newest = kept;
		}
		return kept.since();
	}

	/**
	 * The statement with its parameters, kept from becoming a server-side prepared
	 * statement (prepare threshold 0), so that PostgreSQL plans it with the values.
	 */
	private static PreparedStatementCreator plannedEachTime(ParsedSql sql, MapSqlParameterSource params) {
		String text = NamedParameterUtils.substituteNamedParameters(sql, params);
		return new PlannedEachTime(text,
				new PreparedStatementCreatorFactory(text, NamedParameterUtils.buildSqlParameterList(sql, params))
					.newPreparedStatementCreator(NamedParameterUtils.buildValueArray(sql, params, null)));
	}

	/**
	 * Creates the statement unprepared; names its SQL for JDBC logs and errors.
	 */
	private record PlannedEachTime(String sql,
			PreparedStatementCreator creator) implements PreparedStatementCreator, SqlProvider {

		@Override
		public PreparedStatement createPreparedStatement(Connection connection) throws SQLException {
			PreparedStatement statement = this.creator.createPreparedStatement(connection);
			try {
				statement.unwrap(PGStatement.class).setPrepareThreshold(0);
			}
			catch (SQLException | RuntimeException ex) {
				statement.close();
				throw ex;
			}
			return statement;
		}

		@Override
		public String getSql() {
			return this.sql;
		}

	}

	/**
	 * Where the newest posts start, as looked up between two changes.
	 *
	 * @param since the date of the first visible post after the newest {@code window}
	 * (posts from that date on are searched first), null when there are not more posts
	 * than the window
	 * @param generation the number of changes it was looked up after
	 */
	private record Window(@Nullable Instant since, long generation) {
	}

}
