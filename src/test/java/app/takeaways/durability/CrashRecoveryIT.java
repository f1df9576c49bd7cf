package app.takeaways.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.takeaways.support.PackagedJar;
import app.takeaways.support.Visitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one-command setup (the packaged jar on its default H2 file) is killed with SIGKILL
 * while four readers post comments; every comment it had acknowledged with 201 is in the
 * file afterwards.
 */
class CrashRecoveryIT {

	static final String OPEN_POST = "/posts/five-takeaways-from-the-autumn-harvest-report";

	static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	@TempDir
	Path directory;

	Process app;

	int port;

	@BeforeEach
	void startTheJarOnAFreshFile() throws IOException {
		Path jar = PackagedJar.find();
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		String java = PackagedJar.java().toString();
		// the working directory is the temporary one, so the default ./data/takeaways
		// lands there
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(PackagedJar.shippedJvmOptions());
		command.addAll(List.of("-jar", jar.toString(), "--server.port=" + this.port,
				"--takeaways.comments.rate-per-minute=1000000"));
		this.app = new ProcessBuilder(command).directory(this.directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.directory.resolve("app.log").toFile())
			.start();
		Visitor operator = new Visitor();
		await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
			assertThat(this.app.isAlive()).as("the app is running; see its log").isTrue();
			try {
				return operator.get(this.port, "/actuator/health").statusCode() == 200;
			}
			catch (UncheckedIOException ex) {
				return false;
			}
		});
	}

	@AfterEach
	void stopTheApp() {
		if (this.app != null) {
			this.app.destroyForcibly();
		}
	}

	@Test
	void everyAcknowledgedCommentSurvivesSigkill() throws Exception {
		Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
		List<String> refused = new CopyOnWriteArrayList<>();
		AtomicInteger attempts = new AtomicInteger();
		ExecutorService readers = Executors.newFixedThreadPool(4);
		for (int reader = 0; reader < 4; reader++) {
			int number = reader;
			readers.submit(() -> postUntilKilled(number, acknowledged, refused, attempts));
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.size() >= 150 || !refused.isEmpty());
		assertThat(refused).as("answers other than 201 before the kill").isEmpty();

		this.app.destroyForcibly().waitFor();
		readers.shutdown();
		assertThat(readers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

		Set<Long> lost = new TreeSet<>(acknowledged);
		lost.removeAll(storedComments());
		assertThat(lost).as("%d of %d acknowledged comments lost", lost.size(), acknowledged.size()).isEmpty();
	}

	private void postUntilKilled(int reader, Set<Long> acknowledged, List<String> refused, AtomicInteger attempts) {
		Visitor visitor = new Visitor();
		try {
			Visitor.CsrfToken token = visitor.csrf(this.port);
			while (true) {
				int n = attempts.incrementAndGet();
				String json = "{\"name\":\"Reader " + reader + "\",\"email\":\"reader" + reader
						+ "@example.org\",\"text\":\"Comment number " + n + "\"}";
				HttpResponse<String> response = visitor.postJson(this.port, "/api" + OPEN_POST + "/comments", json,
						token);
				Matcher id = ID.matcher(response.body());
				if (response.statusCode() != 201 || !id.find()) {
					refused.add(response.statusCode() + " " + response.body());
					return;
				}
				acknowledged.add(Long.parseLong(id.group(1)));
			}
		}
		catch (UncheckedIOException ex) {
			// the app was killed: this request was never acknowledged
		}
	}

	private List<Long> storedComments() throws SQLException {
		String url = "jdbc:h2:file:" + this.directory.resolve("data/takeaways") + ";IFEXISTS=TRUE";
		List<Long> ids = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT id FROM comment")) {
			while (rows.next()) {
				ids.add(rows.getLong(1));
			}
		}
		return ids;
	}

}
