package app.takeaways.transfer.wordpress;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which post and comment each imported WordPress post and comment became, per site: what
 * makes a second import change nothing and old WordPress addresses answer.
 */
@Repository
public class WordpressLinks {

	private final JdbcClient jdbc;

	WordpressLinks(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	Optional<Long> comment(String site, long wordpressId) {
		return this.jdbc.sql("select comment_id from wordpress_comment where site = ? and wordpress_id = ?")
			.params(site, wordpressId)
			.query(Long.class)
			.optional();
	}

	void linkComment(String site, long wordpressId, long commentId) {
		this.jdbc.sql("insert into wordpress_comment (site, wordpress_id, comment_id) values (?, ?, ?)")
			.params(site, wordpressId, commentId)
			.update();
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
