package app.takeaways.scaleout;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import app.takeaways.TakeawaysApplication;
import app.takeaways.support.Visitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the application on one PostgreSQL database, as an operator runs them
 * behind a load balancer: what one instance changes, the other shows; sessions, limits
 * and scheduled work are shared. The database is created for this class and dropped after
 * it (the shared test support cleans its schema on every context start, which would pull
 * it from under a running instance).
 */
class ScaleOutIT {

	private static final String ADMIN_PASSWORD = "scale-out-admin-password";

	private static String serverUrl;

	private static String user;

	private static String password;

	private static String database;

	private static JdbcTemplate jdbc;

	private static SingleConnectionDataSource jdbcSource;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	@BeforeAll
	static void startTwoInstances() throws SQLException {
		serverUrl = System.getenv("TEST_POSTGRES_URL");
		if (serverUrl == null || serverUrl.isBlank()) {
			String why = "No PostgreSQL for ScaleOutIT: set TEST_POSTGRES_URL (and TEST_POSTGRES_USER)";
			if ("true".equalsIgnoreCase(System.getenv("TEST_POSTGRES_REQUIRED"))) {
				throw new IllegalStateException("TEST_POSTGRES_REQUIRED=true, but: " + why);
			}
			Assumptions.abort(why);
		}
		user = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
		password = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");
		database = "takeaways_11_scaleout_" + UUID.randomUUID().toString().substring(0, 8);
		execute(serverUrl, "CREATE DATABASE " + database);
		String url = serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
		a = start(url, "a");
		b = start(url, "b");
		jdbcSource = new SingleConnectionDataSource(url, user, password, true);
		jdbc = new JdbcTemplate(jdbcSource);
	}

	@AfterAll
	static void stopAndDropTheDatabase() throws SQLException {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { b, a }) {
			if (context != null) {
				context.close();
			}
		}
		if (jdbcSource != null) {
			jdbcSource.destroy();
		}
		if (database != null) {
			execute(serverUrl, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}

	private static ConfigurableApplicationContext start(String url, String name) {
		// Arguments, not default properties: those rank below application.properties.
		return new SpringApplicationBuilder(TakeawaysApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=" + password, "--spring.application.name=takeaways-" + name,
				"--takeaways.admin.password=" + ADMIN_PASSWORD, "--takeaways.demo.enabled=true",
				"--server.forward-headers-strategy=native", "--spring.main.banner-mode=off");
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	@Test
	void anEditOnAShowsOnBWithinASecond() {
		Post post = closedPost();
		Visitor reader = new Visitor();
		assertThat(reader.get(port(b), post.path()).body()).contains(post.title());
		assertThat(reader.get(port(b), post.path()).body()).as("now served from B's cache").contains(post.title());

		String title = editTitle(a, post);

		await().atMost(Duration.ofSeconds(1))
			.pollInterval(Duration.ofMillis(25))
			.until(() -> reader.get(port(b), post.path()).body().contains(title));
	}

	@Test
	void aSessionStartedOnAIsAcceptedByB() {
		Visitor admin = new Visitor();
		admin.from("198.51.100.10").signIn(port(a), "admin", ADMIN_PASSWORD);

		HttpResponse<String> onB = admin.get(port(b), "/admin/comments");

		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Comments");
	}

	@Test
	void tenCommentsAlternatingBetweenInstancesFromOneAddressGetFiveRefusals() {
		String slug = jdbc.queryForObject(
				"select slug from post where status = 'PUBLISHED' and not comments_closed order by id limit 1",
				String.class);
		Visitor reader = new Visitor().from("203.0.113.77");
		assertThat(reader.get(port(a), "/posts/" + slug).statusCode()).isEqualTo(200);
		String token = reader.get(port(a), "/api/csrf").body().replaceAll("(?s).*\"token\"\s*:\s*\"([^\"]+)\".*", "$1");

		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Map<String, String> form = Map.of("_csrf", token, "name", "Reader " + i, "email",
					"reader" + i + "@example.org", "text", "Comment number " + i + " from one address");
			statuses.add(reader.post(port((i % 2 == 0) ? a : b), "/posts/" + slug + "/comments", form).statusCode());
		}

		assertThat(statuses.stream().filter((status) -> status == 429).count()).as(statuses.toString()).isEqualTo(5);
		assertThat(statuses.subList(0, 5)).as("the first five are taken").allMatch((status) -> status == 302);
	}

	@Test
	void aPictureUploadedOnAIsServedByBWithTheSameBytes() throws Exception {
		Visitor editor = new Visitor();
		editor.from("198.51.100.20").signIn(port(a), "admin", ADMIN_PASSWORD);
		String token = Jsoup.parse(editor.get(port(a), "/editor/media").body())
			.select("form[enctype] input[name=_csrf]")
			.val();

		HttpResponse<String> uploaded = editor.upload(port(a), "/editor/media", token, "harbour.png", png(640, 360),
				Map.of("altText", "Boats in the harbour at dawn"));
		assertThat(uploaded.statusCode()).isEqualTo(302);
		String address = Jsoup.parse(editor.get(port(a), "/editor/media").body())
			.select("img[alt=Boats in the harbour at dawn]")
			.attr("src");
		assertThat(address).matches("/media/[0-9a-f]{32}-[0-9]+\\.png");

		HttpResponse<byte[]> onA = new Visitor().getBytes(port(a), address);
		HttpResponse<byte[]> onB = new Visitor().getBytes(port(b), address);
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(onB.body()).isEqualTo(onA.body());
		assertThat(ImageIO.read(new ByteArrayInputStream(onB.body())).getWidth()).isPositive();

		String hash = address.substring("/media/".length(), address.indexOf('-'));
		Document library = Jsoup.parse(editor.get(port(a), "/editor/media").body());
		String deleteToken = library.select("#picture-" + hash + " form[action$=/delete] input[name=_csrf]").val();
		assertThat(editor.post(port(a), "/editor/media/" + hash + "/delete", Map.of("_csrf", deleteToken)).statusCode())
			.isEqualTo(302);
		await().atMost(Duration.ofSeconds(1))
			.pollInterval(Duration.ofMillis(25))
			.alias("B lets its kept copy go once A deleted the picture")
			.until(() -> new Visitor().getBytes(port(b), address).statusCode() == 404);
	}

	private static byte[] png(int width, int height) throws Exception {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < width; x++) {
			for (int y = 0; y < height; y++) {
				image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | 0x60);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void sixFailedSignInsAlternatingBetweenInstancesLockTheNameOnBoth() {
		String username = "locked-" + UUID.randomUUID().toString().substring(0, 8);
		jdbc.update("insert into account (username, display_name, password_hash, role) values (?, ?, ?, 'EDITOR')",
				username, "Locked Editor", "{noop}the-right-password");

		List<String> outcomes = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			Visitor guesser = new Visitor().from("192.0.2." + (10 + i));
			outcomes.add(guesser.signIn(port((i % 2 == 0) ? a : b), username, "wrong-" + i));
		}
		assertThat(outcomes.subList(0, 5)).as("refused for the password").allMatch((to) -> to.endsWith("/login?error"));
		assertThat(outcomes.get(5)).as("the sixth is refused for the lock").endsWith("/login?locked");

		for (ConfigurableApplicationContext instance : List.of(a, b)) {
			String outcome = new Visitor().from("192.0.2.99").signIn(port(instance), username, "the-right-password");
			assertThat(outcome).as("the right password from a new address").endsWith("/login?locked");
		}
	}

	@Test
	void aPurgeTriggeredOnBothInstancesAtOnceDeletesOnceAndRecordsOnce() throws Exception {
		long postId = jdbc.queryForObject("select min(id) from post", Long.class);
		Long commentId = jdbc.queryForObject(
				"insert into comment (post_id, author_name, author_email, body, status, created_at, status_changed_at)"
						+ " values (?, 'Old', 'old@example.org', 'Trashed long ago', 'TRASH',"
						+ " now() - interval '90 days', now() - interval '90 days') returning id",
				Long.class, postId);
		jdbc.update("delete from shedlock");

		CountDownLatch go = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (ConfigurableApplicationContext instance : List.of(a, b)) {
				Object purge = instance.getBean("trashPurge");
				runs.add(threads.submit(() -> {
					go.await();
					return ReflectionTestUtils.invokeMethod(purge, "purge");
				}));
			}
			go.countDown();
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			threads.shutdown();
		}

		assertThat(jdbc.queryForObject("select count(*) from comment where id = ?", Integer.class, commentId)).isZero();
		assertThat(
				jdbc.queryForObject("select count(*) from moderation_event where comment_id = ? and action = 'delete'",
						Integer.class, commentId))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from shedlock where name = 'trash-purge'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void afterItsListeningConnectionIsKilledBServesNoStalePage() {
		Post post = closedPost();
		Visitor reader = new Visitor();
		reader.get(port(b), post.path());
		assertThat(reader.get(port(b), post.path()).body()).contains(post.title());
		Object changes = b.getBean("clusterChanges");
		String connection = ReflectionTestUtils.invokeMethod(changes, "connectionName");

		Integer killed = jdbc.queryForObject(
				"select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = ?",
				Integer.class, connection);
		assertThat(killed).isEqualTo(1);
		String title = editTitle(a, post);

		await().atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> Boolean.TRUE.equals(ReflectionTestUtils.invokeMethod(changes, "isListening"))
					&& reader.get(port(b), post.path()).body().contains(title));
	}

	/**
	 * A published post whose comments are closed: its page has no form, so it is cached.
	 */
	private Post closedPost() {
		Map<String, Object> row = jdbc.queryForMap(
				"select id, slug, title from post where status = 'PUBLISHED' and comments_closed order by id limit 1");
		return new Post(((Number) row.get("id")).longValue(), (String) row.get("slug"), (String) row.get("title"));
	}

	/**
	 * Signs in on the instance and saves the post's editor form with a new title.
	 */
	private String editTitle(ConfigurableApplicationContext instance, Post post) {
		Visitor admin = new Visitor();
		admin.from("198.51.100.20").signIn(port(instance), "admin", ADMIN_PASSWORD);
		Element form = Jsoup.parse(admin.get(port(instance), "/editor/posts/" + post.id()).body())
			.selectFirst("form#post-form");
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], textarea[name], select[name]")) {
			String type = input.attr("type");
			if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
				continue;
			}
			if (type.equals("submit")) {
				continue;
			}
			String value = input.tagName().equals("textarea") ? input.wholeText()
					: input.tagName().equals("select") ? input.select("option[selected]").val() : input.val();
			fields.put(input.attr("name"), value);
		}
		String title = "Edited " + UUID.randomUUID().toString().substring(0, 8);
		fields.put("title", title);
		fields.put("action", "save");
		HttpResponse<String> saved = admin.post(port(instance), "/editor/posts/" + post.id(), fields);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		return title;
	}

	private static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	record Post(long id, String slug, String title) {

		String path() {
			return "/posts/" + this.slug;
		}

	}

}
