package app.takeaways.transfer.wordpress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which post and comment each imported WordPress post and comment became, per site: what
 * makes a second import change nothing and old WordPress addresses answer.
 */
@Repository
public class WordpressLinks {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	WordpressLinks(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * The post a WordPress post became, with the hash of its content then.
	 */
	Optional<Linked> post(String site, long wordpressId) {
		return this.jdbc.sql("select post_id, content_hash from wordpress_post where site = ? and wordpress_id = ?")
			.params(site, wordpressId)
			.query((rs, n) -> new Linked(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	void linkPost(String site, long wordpressId, long postId, String wordpressSlug, String hash) {
		this.jdbc.sql(
				"insert into wordpress_post (site, wordpress_id, post_id, wordpress_slug, content_hash) values (?, ?, ?, ?, ?)")
			.params(site, wordpressId, postId, wordpressSlug, hash)
			.update();
	}

	void rehash(String site, long wordpressId, String hash) {
		this.jdbc.sql("update wordpress_post set content_hash = ? where site = ? and wordpress_id = ?")
			.params(hash, site, wordpressId)
			.update();
	}

	/**
	 * The comments some WordPress comments became, by WordPress comment id.
	 */
	Map<Long, Long> comments(String site, List<Long> wordpressIds) {
		Map<Long, Long> found = new HashMap<>();
		if (wordpressIds.isEmpty()) {
			return found;
		}
		this.jdbc
			.sql("select wordpress_id, comment_id from wordpress_comment where site = :site and wordpress_id in (:ids)")
			.param("site", site)
			.param("ids", wordpressIds)
			.query((rs) -> {
				found.put(rs.getLong(1), rs.getLong(2));
			});
		return found;
	}

	/**
	 * Links comments in one batch: WordPress comment id to comment id.
	 */
	void linkComments(String site, Map<Long, Long> commentIds) {
		if (commentIds.isEmpty()) {
			return;
		}
		List<Object[]> rows = commentIds.entrySet()
			.stream()
			.map((link) -> new Object[] { site, link.getKey(), link.getValue() })
			.toList();
		this.batch.batchUpdate("insert into wordpress_comment (site, wordpress_id, comment_id) values (?, ?, ?)", rows);
	}

	/**
	 * The post imported under this WordPress slug, if any (the newest, should several
	 * sites have used it).
	 */
	public Optional<Long> postBySlug(String wordpressSlug) {
		return this.jdbc.sql("select post_id from wordpress_post where wordpress_slug = ? order by id desc")
			.params(wordpressSlug)
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * The post imported with this WordPress id, if any.
	 */
	public Optional<Long> postByWordpressId(long wordpressId) {
		return this.jdbc.sql("select post_id from wordpress_post where wordpress_id = ? order by id desc")
			.params(wordpressId)
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	record Linked(long postId, String hash) {
	}

}
