package app.takeaways.comment;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Stores many brought-in comments of one post with a few JDBC batches instead of one
 * statement each. Comments are stored in the order of their keys (so ids keep the order
 * they had); a batch ends where a reply answers a comment of the same batch, so that its
 * parent has an id before the reply is written.
 */
@Component
class CommentBatch {

	private static final String INSERT = "insert into comment (post_id, parent_id, author_name, author_email,"
			+ " author_website, body, status, created_at, status_changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	CommentBatch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the comments. A reply whose parent is neither stored ({@code known}) nor
	 * earlier among {@code comments} starts a thread of its own.
	 * @return the new id of each comment, by its key, in the order stored
	 */
	Map<Long, Long> insert(long postId, List<CommentCommands.Brought> comments, Map<Long, Long> known) {
		Map<Long, Long> ids = new HashMap<>(known);
		Map<Long, Long> added = new LinkedHashMap<>();
		List<CommentCommands.Brought> sorted = new ArrayList<>(comments);
		sorted.sort(Comparator.comparingLong(CommentCommands.Brought::key));
		List<CommentCommands.Brought> batch = new ArrayList<>();
		Set<Long> inBatch = new HashSet<>();
		for (CommentCommands.Brought comment : sorted) {
			if (inBatch.contains(comment.parentKey())) {
				storeInto(postId, batch, ids, added);
				inBatch.clear();
			}
			batch.add(comment);
			inBatch.add(comment.key());
		}
		storeInto(postId, batch, ids, added);
		return added;
	}

	private void storeInto(long postId, List<CommentCommands.Brought> batch, Map<Long, Long> ids,
			Map<Long, Long> added) {
		if (batch.isEmpty()) {
			return;
		}
		List<Long> stored = store(postId, batch, ids);
		for (int i = 0; i < batch.size(); i++) {
			ids.put(batch.get(i).key(), stored.get(i));
			added.put(batch.get(i).key(), stored.get(i));
		}
		batch.clear();
	}

	private List<Long> store(long postId, List<CommentCommands.Brought> level, Map<Long, Long> ids) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.batchUpdate((connection) -> connection.prepareStatement(INSERT, new String[] { "id" }),
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement statement, int i) throws SQLException {
						CommentCommands.Brought comment = level.get(i);
						CommentCommands.Written text = comment.text();
						OffsetDateTime at = comment.createdAt().atOffset(ZoneOffset.UTC);
						statement.setLong(1, postId);
						Long parent = ids.get(comment.parentKey());
						if (parent != null) {
							statement.setLong(2, parent);
						}
						else {
							statement.setNull(2, Types.BIGINT);
						}
						statement.setString(3, text.authorName());
						statement.setString(4, text.authorEmail());
						statement.setString(5, text.authorWebsite());
						statement.setString(6, text.body());
						statement.setString(7, comment.status().name());
						statement.setObject(8, at);
						statement.setObject(9, at);
					}

					@Override
					public int getBatchSize() {
						return level.size();
					}
				}, keys);
		return keys.getKeyList().stream().map((row) -> ((Number) row.values().iterator().next()).longValue()).toList();
	}

}
