package app.takeaways.discovery;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import app.takeaways.post.Visibility;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search on the embedded H2 database, which has no full-text vectors: every word must
 * start a word somewhere in the title, lead, takeaways or body (a case-insensitive
 * {@code REGEXP_LIKE}). Each word scores by where it matched best, with the same order of
 * weights as on PostgreSQL: title or a takeaway heading, then lead, then a takeaway body,
 * then body. Reads every visible post; meant for development and small blogs. Before the
 * regular expressions a post must contain each word anywhere ({@code ILIKE}, a plain
 * substring test that costs a fraction of a regular expression with a look-behind): a
 * word found in few posts then runs the expressions on those only (a never-matching word
 * made every post run all five expressions).
 */
class H2PostSearch implements PostSearch {

	private static final Pattern ASCII_WORD = Pattern.compile("[a-z0-9]+");

	private final JdbcClient jdbc;

	H2PostSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Long> find(SearchQuery query, Instant now, int offset, int limit) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder();
		StringBuilder score = new StringBuilder("0");
		for (int i = 0; i < query.stems().size(); i++) {
			String word = ":w" + i;
			params.put("w" + i, "(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(query.stems().get(i)));
			String title = "REGEXP_LIKE(p.title, " + word + ")";
			String heading = "EXISTS (SELECT 1 FROM takeaway t WHERE t.post_id = p.id AND REGEXP_LIKE(t.heading, "
					+ word + "))";
			String lead = "REGEXP_LIKE(p.lead, " + word + ")";
			String takeawayBody = "EXISTS (SELECT 1 FROM takeaway t WHERE t.post_id = p.id AND REGEXP_LIKE(t.body, "
					+ word + "))";
			String body = "REGEXP_LIKE(p.body, " + word + ")";
			String contains = containsPattern(query.stems().get(i));
			if (contains != null) {
				params.put("c" + i, contains);
				where.append(" AND (p.title ILIKE :c").append(i).append(" OR p.lead ILIKE :c").append(i);
				where.append(" OR p.body ILIKE :c").append(i);
				where.append(" OR EXISTS (SELECT 1 FROM takeaway t WHERE t.post_id = p.id AND (t.heading ILIKE :c");
				where.append(i).append(" OR t.body ILIKE :c").append(i).append(")))");
			}
			where.append(" AND (").append(String.join(" OR ", title, heading, lead, takeawayBody, body)).append(')');
			score.append(" + CASE WHEN ")
				.append(title)
				.append(" OR ")
				.append(heading)
				.append(" THEN 8 WHEN ")
				.append(lead)
				.append(" THEN 4 WHEN ")
				.append(takeawayBody)
				.append(" THEN 2 ELSE 1 END");
		}
		String sql = "SELECT p.id, " + score + " AS score FROM post p" + " WHERE " + Visibility.SQL + where
				+ " ORDER BY score DESC, p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset";
		params.put("now", now.atOffset(ZoneOffset.UTC));
		params.put("limit", limit);
		params.put("offset", offset);
		return this.jdbc.sql(sql).params(params).query((rs, row) -> rs.getLong("id")).list();
	}

	/**
	 * An {@code ILIKE} pattern that every text the word's expression matches also
	 * matches, or null where none is simple: {@code ILIKE} compares upper cases, the
	 * expression Unicode case folding, which also matches "İ", "ı", "ſ" and the Kelvin
	 * sign to "i", "s" and "k"; those letters become any character. Words with other
	 * letters than ASCII are only matched by the expression.
	 */
	static @Nullable String containsPattern(String stem) {
		return ASCII_WORD.matcher(stem).matches() ? "%" + stem.replaceAll("[iks]", "_") + "%" : null;
	}

}
