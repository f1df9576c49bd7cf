package app.takeaways.durability;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A database made by the last released version of Takeaways (schema version 22, the
 * release before shared sessions, rate limits and WordPress links) upgrades in place when
 * this version migrates it: every post, takeaway, tag, comment thread, revision, retired
 * address, account and discussion rule is still there, unchanged. The old database is
 * built in a schema of its own with the released migrations and filled as the released
 * version wrote its rows. Not in a test transaction: Flyway migrates on connections of
 * its own and must see the old rows committed.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class UpgradeInPlaceContract {

	/** The schema version of the last released Takeaways. */
	static final String RELEASED = "22";

	private static final OffsetDateTime PUBLISHED = OffsetDateTime.of(2024, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC);

	@Autowired
	DataSource dataSource;

	private final String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private JdbcClient jdbc;

	@BeforeEach
	void releasedDatabase() throws SQLException {
		flyway().target(RELEASED).load().migrate();
		this.jdbc = JdbcClient.create(this.dataSource);
		fillAsTheReleaseDid();
	}

	@AfterEach
	void dropSchema() {
		this.jdbc.sql("drop schema " + q("") + " cascade").update();
	}

	@Test
	void upgradingKeepsEveryPostWithItsTakeawaysTagsAndFlags() {
		flyway().load().migrate();

		assertThat(this.jdbc
			.sql("select slug, title, lead, body, status, comments_closed, takeaway_count from " + q("post")
					+ " order by slug")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getBoolean(6), rs.getInt(7)))
			.list())
			.containsExactly(
					tuple("key-takeaways-kim-putin", "Key Takeaways from Kim’s Visit", "A lead paragraph.",
							"The conclusion, in *Markdown*.", "PUBLISHED", true, 3),
					tuple("work-in-progress", "Work in progress", "Not yet.", "", "DRAFT", false, 0));
		assertThat(this.jdbc.sql("select published_at from " + q("post") + " where slug = 'key-takeaways-kim-putin'")
			.query(OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(PUBLISHED.toInstant());
		assertThat(this.jdbc
			.sql("select t.position, t.anchor, t.heading, t.body from " + q("takeaway") + " t join " + q("post")
					+ " p on p.id = t.post_id where p.slug = 'key-takeaways-kim-putin' order by t.position")
			.query((rs, n) -> tuple(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list()).containsExactly(tuple(0, "diplomatic-outreach", "Diplomatic Outreach", "Talks resumed."),
					tuple(1, "economic-ties", "Economic Ties", "Trade grew."),
					tuple(2, "regional-tension", "Regional Tension", "Neighbours worried."));
		assertThat(this.jdbc
			.sql("select tg.slug, tg.name from " + q("tag") + " tg join " + q("post_tag")
					+ " pt on pt.tag_id = tg.id join " + q("post") + " p on p.id = pt.post_id order by tg.slug")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2)))
			.list()).containsExactly(tuple("diplomacy", "Diplomacy"), tuple("russia", "Russia"));
	}

	@Test
	void upgradingKeepsCommentThreadsRevisionsAddressesAccountsAndRules() {
		flyway().load().migrate();

		assertThat(this.jdbc
			.sql("select c.author_name, c.body, c.status, parent.author_name from " + q("comment") + " c left join "
					+ q("comment") + " parent on parent.id = c.parent_id order by c.id")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list()).containsExactly(tuple("Björn", "Great summary.", "APPROVED", null),
					tuple("Alice", "Thanks, Björn!", "APPROVED", "Björn"), tuple("Spammer", "Buy now", "SPAM", null));
		assertThat(this.jdbc.sql("select revision_number, note, snapshot from " + q("post_revision"))
			.query((rs, n) -> tuple(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list()).containsExactly(tuple(1, "First draft", "{\"title\":\"Key Takeaways\"}"));
		assertThat(this.jdbc
			.sql("select r.slug, p.slug from " + q("retired_slug") + " r join " + q("post") + " p on p.id = r.post_id")
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2)))
			.list()).containsExactly(tuple("kim-putin", "key-takeaways-kim-putin"));
		assertThat(this.jdbc.sql("select username, display_name, password_hash, role, enabled from " + q("account"))
			.query((rs, n) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5)))
			.list())
			.containsExactly(tuple("eda", "Eda Editor", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv", "EDITOR", true));
		Map<String, Object> rules = this.jdbc
			.sql("select hold_first_time, max_links, disallowed_words, close_after_days, max_depth from "
					+ q("discussion_settings"))
			.query()
			.singleRow();
		assertThat(List.copyOf(rules.values())).containsExactly(false, 5, "casino", 30, 2);
	}

	private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
		return Flyway.configure()
			.dataSource(this.dataSource)
			.schemas(this.schema)
			.defaultSchema(this.schema)
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor());
	}

	private String vendor() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
					? "postgresql" : "h2";
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A table of the old database, by name. */
	private String q(String table) {
		return "\"" + this.schema + "\"" + (table.isEmpty() ? "" : "." + table);
	}

	/** Rows as the released version stored them: identities from the database. */
	private void fillAsTheReleaseDid() {
		this.jdbc.sql("insert into " + q("account")
				+ " (username, display_name, password_hash, role, enabled) values ('eda', 'Eda Editor', '{bcrypt}$2a$10$abcdefghijklmnopqrstuv', 'EDITOR', true)")
			.update();
		long author = id("select id from " + q("account") + " where username = 'eda'");
		this.jdbc
			.sql("insert into " + q("post")
					+ " (slug, title, lead, body, status, author_id, published_at, comments_closed, takeaway_count)"
					+ " values (?, ?, ?, ?, 'PUBLISHED', ?, ?, true, 3)")
			.params("key-takeaways-kim-putin", "Key Takeaways from Kim’s Visit", "A lead paragraph.",
					"The conclusion, in *Markdown*.", author, PUBLISHED)
			.update();
		this.jdbc
			.sql("insert into " + q("post") + " (slug, title, lead, body, status, author_id)"
					+ " values ('work-in-progress', 'Work in progress', 'Not yet.', '', 'DRAFT', ?)")
			.param(author)
			.update();
		long post = id("select id from " + q("post") + " where slug = 'key-takeaways-kim-putin'");
		String[][] takeaways = { { "diplomatic-outreach", "Diplomatic Outreach", "Talks resumed." },
				{ "economic-ties", "Economic Ties", "Trade grew." },
				{ "regional-tension", "Regional Tension", "Neighbours worried." } };
		for (int i = 0; i < takeaways.length; i++) {
			this.jdbc
				.sql("insert into " + q("takeaway")
						+ " (post_id, position, anchor, heading, body) values (?, ?, ?, ?, ?)")
				.params(post, i, takeaways[i][0], takeaways[i][1], takeaways[i][2])
				.update();
		}
		for (String tag : List.of("Russia", "Diplomacy")) {
			this.jdbc.sql("insert into " + q("tag") + " (slug, name) values (?, ?)")
				.params(tag.toLowerCase(Locale.ROOT), tag)
				.update();
			this.jdbc.sql("insert into " + q("post_tag") + " (post_id, tag_id) values (?, ?)")
				.params(post, id("select id from " + q("tag") + " where name = '" + tag + "'"))
				.update();
		}
		comment(post, null, "Björn", "Great summary.", "APPROVED");
		comment(post, id("select id from " + q("comment") + " where author_name = 'Björn'"), "Alice", "Thanks, Björn!",
				"APPROVED");
		comment(post, null, "Spammer", "Buy now", "SPAM");
		this.jdbc
			.sql("insert into " + q("post_revision")
					+ " (post_id, revision_number, author, note, snapshot) values (?, 1, 'eda', 'First draft', ?)")
			.params(post, "{\"title\":\"Key Takeaways\"}")
			.update();
		this.jdbc.sql("insert into " + q("retired_slug") + " (slug, post_id) values ('kim-putin', ?)")
			.param(post)
			.update();
		this.jdbc.sql("update " + q("discussion_settings")
				+ " set hold_first_time = false, max_links = 5, disallowed_words = 'casino', close_after_days = 30, max_depth = 2")
			.update();
	}

	private void comment(long post, Long parent, String author, String body, String status) {
		this.jdbc
			.sql("insert into " + q("comment")
					+ " (post_id, parent_id, author_name, author_email, body, status) values (?, ?, ?, ?, ?, ?)")
			.params(post, parent, author, author.toLowerCase(Locale.ROOT) + "@example.org", body, status)
			.update();
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
