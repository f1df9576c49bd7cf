package app.takeaways.common.web;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.takeaways.support.Visitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A signed-in editor's session over HTTP, as Spring Session stores it in the database:
 * pages opened within a minute of each other leave the session's row alone, a page a
 * minute or more later moves its last access so that the session stays alive, and signing
 * out still ends it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "takeaways.demo.enabled=false")
class SignedInSessionTests {

	private static final String PASSWORD = "a-signed-in-session";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private final Visitor editor = new Visitor();

	private String username;

	@BeforeEach
	void signIn() {
		this.username = "ed-" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.sql("insert into account (username, display_name, password_hash, role) values (?, ?, ?, 'EDITOR')")
			.params(this.username, "Ed", "{noop}" + PASSWORD)
			.update();
		assertThat(this.editor.signIn(this.port, this.username, PASSWORD)).endsWith("/editor");
	}

	@Test
	void pagesWithinAMinuteReadTheSessionOnceEachAndLeaveItsRowAsItWas() {
		// the first page after signing in stores the session's new CSRF token
		page("/editor");
		SessionRow stored = row().orElseThrow();
		this.jdbc.sql("SET QUERY_STATISTICS_MAX_ENTRIES 100000").update();
		this.jdbc.sql("SET QUERY_STATISTICS TRUE").update();
		try {
			long reads = executions("WHERE S.SESSION_ID = ?");
			long writes = sessionWrites();

			for (int i = 0; i < 3; i++) {
				assertThat(page("/editor").select("form.sign-out .who").text()).isEqualTo(this.username);
			}

			assertThat(executions("WHERE S.SESSION_ID = ?") - reads).as("session reads").isEqualTo(3);
			assertThat(sessionWrites() - writes).as("session writes").isZero();
		}
		finally {
			this.jdbc.sql("SET QUERY_STATISTICS FALSE").update();
		}
		assertThat(row()).contains(stored);
	}

	@Test
	void aPageAMinuteLaterKeepsTheSessionAlive() {
		Instant before = Instant.now();
		long twoMinutes = Duration.ofMinutes(2).toMillis();
		this.jdbc
			.sql("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ? "
					+ "where principal_name = ?")
			.params(twoMinutes, twoMinutes, this.username)
			.update();

		assertThat(page("/editor").select("form.sign-out .who").text()).isEqualTo(this.username);

		SessionRow touched = row().orElseThrow();
		assertThat(touched.lastAccess()).isGreaterThanOrEqualTo(before.toEpochMilli());
		assertThat(touched.expiry()).isGreaterThanOrEqualTo(before.plus(Duration.ofMinutes(29)).toEpochMilli());
	}

	@Test
	void signingOutEndsTheSession() {
		String token = page("/editor").select("form.sign-out input[name=_csrf]").val();
		assertThat(this.editor.post(this.port, "/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(302);

		assertThat(row()).isEmpty();
		assertThat(this.editor.get(this.port, "/editor").headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
	}

	private long sessionWrites() {
		return executions("UPDATE SPRING_SESSION") + executions("INSERT INTO SPRING_SESSION")
				+ executions("DELETE FROM SPRING_SESSION_ATTRIBUTES");
	}

	/**
	 * How often the embedded database ran statements containing {@code sql}, since its
	 * query statistics were turned on.
	 */
	private long executions(String sql) {
		return this.jdbc
			.sql("SELECT COALESCE(SUM(EXECUTION_COUNT), 0) FROM INFORMATION_SCHEMA.QUERY_STATISTICS "
					+ "WHERE SQL_STATEMENT LIKE ?")
			.param("%" + sql + "%")
			.query(Long.class)
			.single();
	}

	private Optional<SessionRow> row() {
		return this.jdbc
			.sql("select session_id, last_access_time, expiry_time from spring_session where principal_name = ?")
			.param(this.username)
			.query((rs, n) -> new SessionRow(rs.getString(1), rs.getLong(2), rs.getLong(3)))
			.optional();
	}

	private Document page(String path) {
		HttpResponse<String> response = this.editor.get(this.port, path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private record SessionRow(String id, long lastAccess, long expiry) {
	}

}
