package app.takeaways;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import app.takeaways.support.PackagedJar;
import app.takeaways.support.Visitor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The jar as the Dockerfile runs it: extracted, with the class data sharing archive of
 * {@code deploy/cds.sh}'s training run and the shipped JVM settings in an argument file,
 * started from the bean definitions Spring AOT worked out at package time
 * ({@code -Dspring.aot.enabled=true}), on PostgreSQL and with the settings an operator
 * gives at run time. Every other test starts the application the ordinary way; this one
 * proves the shipped way serves readers, signs an admin in, and still honours a run-time
 * setting that decides whether a bean does its work.
 */
class ShippedJarIT {

	private static final String SEED_SLUG = "key-takeaways-from-kim-and-putins-meeting";

	private static final String SEED = "/posts/" + SEED_SLUG;

	private static final String ADMIN_PASSWORD = "shipped-jar-admin-password";

	/** Kept when a test fails, for the logs the failures point at. */
	@TempDir(cleanup = CleanupMode.ON_SUCCESS)
	static Path directory;

	private static String serverUrl;

	private static String database;

	private static Process app;

	private static int port;

	@BeforeAll
	static void startTheShippedJar() throws Exception {
		serverUrl = System.getenv("TEST_POSTGRES_URL");
		if (serverUrl == null || serverUrl.isBlank()) {
			String why = "No PostgreSQL for ShippedJarIT: set TEST_POSTGRES_URL (and TEST_POSTGRES_USER)";
			if ("true".equalsIgnoreCase(System.getenv("TEST_POSTGRES_REQUIRED"))) {
				throw new IllegalStateException("TEST_POSTGRES_REQUIRED=true, but: " + why);
			}
			Assumptions.abort(why);
		}
		database = "takeaways_shipped_" + UUID.randomUUID().toString().substring(0, 8);
		execute("CREATE DATABASE " + database);
		Path prepared = directory.resolve("app");
		// as the Dockerfile gives them: the shipped settings in an argument file
		Path options = directory.resolve("jvm.options");
		Process extract = new ProcessBuilder("sh", "deploy/jvm-options.sh", "pom.xml").redirectOutput(options.toFile())
			.start();
		assertThat(extract.waitFor(30, TimeUnit.SECONDS) && extract.exitValue() == 0).as("deploy/jvm-options.sh")
			.isTrue();
		List<String> jvm = List.of("-Dspring.aot.enabled=true", "@" + options);
		List<String> training = new ArrayList<>(List.of("sh", Path.of("deploy/cds.sh").toAbsolutePath().toString(),
				PackagedJar.find().toString(), prepared.toString()));
		training.addAll(jvm);
		// in the directory it prepares, as the Dockerfile's WORKDIR has it
		Files.createDirectories(prepared);
		ProcessBuilder trainingRun = new ProcessBuilder(training).directory(prepared.toFile())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("cds.log").toFile());
		// the archive is only valid for the JVM that made it: the one that runs the jar
		trainingRun.environment()
			.put("PATH", PackagedJar.java().getParent() + File.pathSeparator + System.getenv("PATH"));
		Process cds = trainingRun.start();
		if (!cds.waitFor(5, TimeUnit.MINUTES)) {
			cds.destroyForcibly().waitFor();
		}
		assertThat(cds.exitValue()).as("deploy/cds.sh; see %s", directory.resolve("cds.log")).isZero();

		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		List<String> command = new ArrayList<>();
		command.add(PackagedJar.java().toString());
		command.add("-XX:SharedArchiveFile=" + prepared.resolve("takeaways.jsa"));
		command.addAll(jvm);
		command.addAll(List.of("-jar", prepared.resolve("takeaways.jar").toString(), "--server.port=" + port));
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("app.log").toFile());
		Map<String, String> environment = builder.environment();
		environment.put("SPRING_PROFILES_ACTIVE", "postgres");
		environment.put("SPRING_DATASOURCE_URL", urlOf(database));
		environment.put("SPRING_DATASOURCE_USERNAME", user());
		environment.put("SPRING_DATASOURCE_PASSWORD", password());
		environment.put("TAKEAWAYS_DEMO_ENABLED", "true");
		environment.put("TAKEAWAYS_ADMIN_PASSWORD", ADMIN_PASSWORD);
		environment.put("TAKEAWAYS_WARM_UP_REQUESTS", "12");
		app = builder.start();
		Visitor operator = new Visitor();
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
			assertThat(app.isAlive()).as("the jar is running; see %s", directory.resolve("app.log")).isTrue();
			try {
				return operator.get(port, "/actuator/health/readiness").statusCode() == 200;
			}
			catch (UncheckedIOException ex) {
				return false;
			}
		});
	}

	@AfterAll
	static void stopAndDropTheDatabase() throws Exception {
		if (app != null) {
			app.destroy();
			if (!app.waitFor(60, TimeUnit.SECONDS)) {
				app.destroyForcibly().waitFor();
			}
		}
		if (database != null) {
			execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
		}
	}

	@Test
	void itStartsFromTheBeanDefinitionsMadeAtPackageTimeAndHonoursRunTimeSettings() throws IOException {
		String log = Files.readString(directory.resolve("app.log"));

		assertThat(log).contains("Starting AOT-processed TakeawaysApplication")
			.contains("Search uses PostgreSQL full-text search")
			.contains("Warmed up with 12 requests");
	}

	@Test
	void theShippedJvmSettingsFromTheArgumentFileAreInForce() throws Exception {
		Path jcmd = PackagedJar.java().resolveSibling("jcmd");
		Path output = directory.resolve("vm-flags.txt");
		Process flags = new ProcessBuilder(jcmd.toString(), Long.toString(app.pid()), "VM.flags")
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		assertThat(flags.waitFor(30, TimeUnit.SECONDS)).as("jcmd answered").isTrue();
		String inForce = Files.readString(output) + "\n";
		assertThat(flags.exitValue()).as("jcmd VM.flags: %s", inForce).isZero();
		int checked = 0;
		for (String option : PackagedJar.shippedJvmOptions()) {
			// a switch, or a plain number: VM.flags prints both as written (sizes such as
			// 64m it prints in bytes)
			if (option.matches("-XX:[+-]\\w+|-XX:\\w+=\\d+")) {
				assertThat(inForce).as("VM.flags").containsPattern(Pattern.quote(option) + "\\s");
				checked++;
			}
			else if (option.startsWith("-Xmx")) {
				assertThat(inForce).as("VM.flags")
					.containsPattern("-XX:MaxHeapSize="
							+ DataSize.parse(option.substring(4).toUpperCase() + "B").toBytes() + "\\s");
				checked++;
			}
		}
		assertThat(checked).as("shipped options this test can check (a collector, -Xmx, a number)")
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void itKeepsItsDataInTheDatabaseTheOperatorNamed() throws SQLException {
		try (Connection connection = DriverManager.getConnection(urlOf(database), user(), password());
				Statement statement = connection.createStatement();
				ResultSet seed = statement.executeQuery("SELECT count(*) FROM post WHERE slug = '" + SEED_SLUG + "'")) {
			assertThat(seed.next()).isTrue();
			assertThat(seed.getInt(1)).as("the seed article in database %s", database).isEqualTo(1);
		}
	}

	@Test
	void readersGetTheSeedArticleSearchAndTheApi() {
		Visitor reader = new Visitor();
		HttpResponse<String> seed = reader.get(port, SEED);
		assertThat(seed.statusCode()).isEqualTo(200);
		assertThat(seed.body()).contains("Diplomatic Outreach").contains("Comments are closed.");

		HttpResponse<String> search = reader.get(port, "/search?q=energy");
		assertThat(search.statusCode()).isEqualTo(200);
		assertThat(search.body()).contains("<mark>");

		HttpResponse<String> api = reader.get(port, "/api/posts");
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(api.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(api.body()).contains(SEED_SLUG);
	}

	@Test
	void anAdminSignsInAndModeratesComments() {
		Visitor admin = new Visitor();
		assertThat(admin.signIn(port, "admin", ADMIN_PASSWORD)).endsWith("/editor");

		HttpResponse<String> queue = admin.get(port, "/admin/comments?status=approved");
		assertThat(queue.statusCode()).isEqualTo(200);
		assertThat(queue.body()).contains("name=\"ids\"");
	}

	/** The test server's address with the database of this test in its path. */
	private static String urlOf(String name) {
		String url = serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
		assertThat(URI.create(url.substring("jdbc:".length())).getPath()).as("the database named in %s", url)
			.isEqualTo("/" + name);
		return url;
	}

	private static String user() {
		return System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
	}

	private static String password() {
		return System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(serverUrl, user(), password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
