package app.takeaways.post;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.takeaways.takeaway.TakeawayView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads of given posts by id in plain SQL, one statement each, for the pages that are
 * rendered on every request (search results) and the lists a cache miss renders. Not JPQL
 * on purpose: Hibernate translates a query with a collection parameter ({@code in :ids})
 * from scratch on every execution, which cost more CPU than the statement itself (CPU
 * profile of the uncached search page, December 2026). The statements read the same
 * columns the entities map; {@code PostsByIdTests} runs them on H2 and PostgreSQL's
 * suites run them there.
 */
@Component
class PostsById {

	private static final String TEXTS = """
			SELECT p.id, p.slug, p.title, p.lead, p.body, p.published_at, a.display_name
			FROM post p LEFT JOIN account a ON a.id = p.author_id
			WHERE p.id IN (:ids) AND\s""" + Visibility.SQL;

	private static final String TAKEAWAYS = """
			SELECT t.post_id, t.position, t.anchor, t.heading, t.body FROM takeaway t
			WHERE t.post_id IN (:ids) ORDER BY t.post_id, t.position""";

	private static final String TAGS = """
			SELECT pt.post_id, t.slug, t.name FROM post_tag pt JOIN tag t ON t.id = pt.tag_id
			WHERE pt.post_id IN (:ids) ORDER BY t.name""";

	private final JdbcClient jdbc;

	PostsById(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The texts of the visible ones among the given posts, in no particular order.
	 */
	List<PostTextRow> visibleTexts(Collection<Long> ids, Instant now) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(TEXTS)
			.param("ids", ids)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query((rs, n) -> new PostTextRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), instant(rs, 6), rs.getString(7)))
			.list();
	}

	/**
	 * The takeaways of each of the given posts, in order.
	 */
	Map<Long, List<TakeawayView>> takeaways(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(TAKEAWAYS)
			.param("ids", ids)
			.query((rs, n) -> new PostTakeawayRow(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(PostTakeawayRow::postId,
					Collectors.mapping(PostTakeawayRow::toView, Collectors.toList())));
	}

	/**
	 * The tags of each of the given posts, by name.
	 */
	Map<Long, List<TagView>> tags(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(TAGS)
			.param("ids", ids)
			.query((rs, n) -> new PostTagRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(PostTagRow::postId,
					Collectors.mapping(PostTagRow::toView, Collectors.toList())));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
