package app.takeaways.durability;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.takeaways.support.Visitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL is stopped and started again under comment writers: cached pages keep
 * answering, everything else gets a friendly 503 with Retry-After (never a 500),
 * readiness is down, writes succeed again within 15 s without a restart, and every
 * comment acknowledged before, during and after the outage is stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "takeaways.comments.rate-per-minute=1000000", "spring.datasource.username=postgres",
				"spring.datasource.password=" })
class DatabaseOutageIT {

	static final String SEED = "/posts/key-takeaways-from-kim-and-putins-meeting";

	static final String OPEN_POST = "/posts/five-takeaways-from-the-autumn-harvest-report";

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	static TemporaryPostgres server;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) throws Exception {
		Path bin = TemporaryPostgres.binaries();
		boolean required = "true".equalsIgnoreCase(System.getenv("TEST_POSTGRES_REQUIRED"));
		if (bin == null && required) {
			throw new IllegalStateException("TEST_POSTGRES_REQUIRED=true, but no PostgreSQL under /usr/lib/postgresql");
		}
		Assumptions.assumeTrue(bin != null, "No PostgreSQL binaries under /usr/lib/postgresql");
		server = TemporaryPostgres.start(bin);
		registry.add("spring.datasource.url", server::jdbcUrl);
	}

	@AfterAll
	static void removeServer() throws Exception {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void anOutageCostsNoAcknowledgedCommentAndShowsFriendlyPages() throws Exception {
		Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
		Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService writers = Executors.newFixedThreadPool(2);
		for (int i = 0; i < 2; i++) {
			int writer = i;
			writers.submit(() -> write(writer, writing, acknowledged, statuses));
		}
		Visitor reader = new Visitor();
		reader.get(this.port, SEED, "text/html");
		assertThat(reader.get(this.port, SEED, "text/html").statusCode()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).until(() -> acknowledged.size() >= 20);

		server.stop();

		assertThat(reader.get(this.port, SEED, "text/html").statusCode()).as("a cached page").isEqualTo(200);
		HttpResponse<String> page = reader.get(this.port, "/search?q=harvest", "text/html");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(page.body()).contains("Back in a moment", "class=\"masthead\"")
			.doesNotContain("Exception", "at app.takeaways");
		HttpResponse<String> api = reader.get(this.port, "/api/posts", "application/json");
		assertThat(api.statusCode()).isEqualTo(503);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(reader.get(this.port, "/actuator/health/readiness", "application/json").statusCode()).isEqualTo(503);
		await().atMost(Duration.ofSeconds(20)).until(() -> statuses.containsKey(503));
		int beforeRestart = acknowledged.size();

		server.start();

		await().atMost(Duration.ofSeconds(15)).until(() -> acknowledged.size() > beforeRestart + 5);
		writing.set(false);
		writers.shutdown();
		assertThat(writers.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
		assertThat(reader.get(this.port, "/actuator/health/readiness", "application/json").statusCode()).isEqualTo(200);
		assertThat(statuses.keySet()).as("answers to the writers").containsOnly(201, 503);
		Set<Long> lost = new TreeSet<>(acknowledged);
		lost.removeAll(this.jdbc.sql("SELECT id FROM comment").query(Long.class).list());
		assertThat(lost).as("%d of %d acknowledged comments lost", lost.size(), acknowledged.size()).isEmpty();
	}

	private void write(int writer, AtomicBoolean writing, Set<Long> acknowledged,
			Map<Integer, AtomicInteger> statuses) {
		Visitor visitor = new Visitor();
		try {
			Visitor.CsrfToken token = visitor.csrf(this.port);
			for (int n = 0; writing.get(); n++) {
				String json = "{\"name\":\"Writer " + writer + "\",\"email\":\"writer" + writer
						+ "@example.org\",\"text\":\"Comment " + n + "\"}";
				HttpResponse<String> response = visitor.postJson(this.port, "/api" + OPEN_POST + "/comments", json,
						token);
				statuses.computeIfAbsent(response.statusCode(), (status) -> new AtomicInteger()).incrementAndGet();
				Matcher id = ID.matcher(response.body());
				if (response.statusCode() == 201 && id.find()) {
					acknowledged.add(Long.parseLong(id.group(1)));
				}
			}
		}
		catch (UncheckedIOException ex) {
			statuses.computeIfAbsent(-1, (status) -> new AtomicInteger()).incrementAndGet();
		}
	}

}
