package app.takeaways.common.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.account.Role;
import app.takeaways.comment.Comment;
import app.takeaways.comment.CommentFixtures;
import app.takeaways.post.Post;
import app.takeaways.post.PostRepository;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages the other tests visit, as served over HTTP, are valid HTML according to the
 * Nu HTML Checker (the W3C validator). The checker is the standalone {@code vnu.jar} from
 * the npm package {@code vnu-jar} (the Maven artifact would put Jetty on the test
 * classpath); its location comes from {@code -Dvnu.jar} or {@code VNU_JAR}. Without it
 * the test is skipped with a message, unless {@code TEST_HTML_VALIDATOR_REQUIRED=true}
 * (set by {@code .ci/run}) makes that a failure. The checker runs once on all pages, and
 * on one page with planted faults that it must report, so a checker that reports nothing
 * cannot pass the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommentFixtures.class)
class HtmlValidityIT {

	static final String REQUIRED = "TEST_HTML_VALIDATOR_REQUIRED";

	static final String SEED = "key-takeaways-from-kim-and-putins-meeting";

	static final String PLANTED = "planted-faults.html";

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	static final Pattern MONTH = Pattern.compile("href=\"(/archive/\\d{4}/\\d{2})\"");

	@LocalServerPort
	int port;

	@Autowired
	CommentFixtures fixtures;

	@Autowired
	PostRepository posts;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	final Map<String, String> pages = new LinkedHashMap<>();

	@Test
	void everyPageTheTestsVisitIsValidHtml() throws Exception {
		Path vnu = checker();
		HttpClient reader = client();
		Post open = this.fixtures.openPost();
		this.fixtures.approvedComment(open, CommentFixtures.unique("valid") + "@example.org");
		Comment pending = this.fixtures.pendingComment(open, CommentFixtures.unique("held") + "@example.org",
				"Held for a look.");
		page(reader, "home", "/");
		page(reader, "seed-post", "/posts/" + SEED);
		page(reader, "seed-takeaways", "/posts/" + SEED + "/takeaways");
		page(reader, "open-post", "/posts/" + open.getSlug());
		page(reader, "tags", "/tags");
		page(reader, "tag", "/tags/diplomacy");
		String archive = page(reader, "archive", "/archive");
		Matcher month = MONTH.matcher(archive);
		assertThat(month.find()).as("archive links to a month").isTrue();
		page(reader, "month", month.group(1));
		assertThat(page(reader, "search", "/search?q=energy")).contains("class=\"summary result\"");
		page(reader, "login", "/login");
		page(reader, "not-found", "/posts/no-such-post-" + UUID.randomUUID(), 404);

		HttpClient admin = signedIn(Role.ADMIN);
		long seed = this.posts.findBySlug(SEED).orElseThrow().getId();
		page(admin, "editor-list", "/editor");
		page(admin, "editor-edit", "/editor/posts/" + seed);
		page(admin, "editor-new", "/editor/posts/new");
		page(admin, "moderation-queue", "/admin/comments?status=pending");
		page(admin, "moderation-detail", "/admin/comments/" + pending.getId());
		page(admin, "discussion-settings", "/admin/settings/discussion");
		page(admin, "users", "/admin/users");
		page(admin, "import", "/admin/import");

		Path dir = Files.createDirectories(Path.of("target", "html-validity"));
		List<String> files = new ArrayList<>();
		for (Map.Entry<String, String> page : this.pages.entrySet()) {
			Path file = dir.resolve(page.getKey() + ".html");
			Files.writeString(file, page.getValue());
			files.add(file.toString());
		}
		Path planted = dir.resolve(PLANTED);
		Files.writeString(planted, """
				<!DOCTYPE html>
				<html lang="en"><head><title>Planted</title></head>
				<body><p><div>block in a paragraph</div></p><img src="x.png"></body></html>
				""");
		files.add(planted.toString());

		List<String> errors = check(vnu, files);

		assertThat(errors).as("the checker reports the planted faults").anyMatch((error) -> error.startsWith(PLANTED));
		assertThat(errors.stream().filter((error) -> !error.startsWith(PLANTED)))
			.as("Nu HTML Checker errors (pages in %s)", dir.toAbsolutePath())
			.isEmpty();
	}

	/**
	 * Runs the checker once on all files.
	 * @return one line per error: file, line and message
	 */
	private List<String> check(Path vnu, List<String> files) throws Exception {
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", vnu.toString(),
						"--format", "json", "--errors-only"));
		command.addAll(files);
		Path report = Files.createTempFile("vnu", ".json");
		Process process = new ProcessBuilder(command).redirectErrorStream(false)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.redirectError(report.toFile())
			.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("checker finished").isTrue();
		String json = Files.readString(report);
		Files.delete(report);
		JsonNode messages = JsonMapper.builder().build().readTree(json).path("messages");
		List<String> errors = new ArrayList<>();
		for (JsonNode message : messages) {
			if (!"error".equals(message.path("type").asString())
					&& !"fatal".equals(message.path("subType").asString(""))) {
				continue;
			}
			String url = message.path("url").asString("");
			String file = url.substring(url.lastIndexOf('/') + 1);
			errors.add(file + ":" + message.path("lastLine").asInt() + ": " + message.path("message").asString() + " ["
					+ message.path("extract").asString("").strip() + "]");
		}
		assertThat(process.exitValue() == 0 || !errors.isEmpty()).as("checker output: %s", json).isTrue();
		return errors;
	}

	private static Path checker() {
		String location = System.getProperty("vnu.jar", System.getenv("VNU_JAR"));
		boolean present = location != null && !location.isBlank() && Files.isRegularFile(Path.of(location));
		String why = "No Nu HTML Checker at " + location
				+ ": run `npm install --prefix DIR vnu-jar` and set VNU_JAR=DIR/node_modules/vnu-jar/build/dist/vnu.jar"
				+ " (see .ci/run)";
		if (!present && "true".equalsIgnoreCase(System.getenv(REQUIRED))) {
			throw new IllegalStateException(REQUIRED + "=true, but: " + why);
		}
		Assumptions.assumeTrue(present, why);
		return Path.of(location);
	}

	private String page(HttpClient client, String name, String path) throws IOException, InterruptedException {
		return page(client, name, path, 200);
	}

	private String page(HttpClient client, String name, String path, int status)
			throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("status of %s", path).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as("type of %s", path)
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		this.pages.put(name, response.body());
		return response.body();
	}

	private HttpClient signedIn(Role role) throws IOException, InterruptedException {
		String username = "valid-" + UUID.randomUUID().toString().substring(0, 8);
		String password = UUID.randomUUID().toString();
		this.accounts.save(new Account(username, "Val Idator", this.passwords.encode(password), role,
				Clock.systemUTC().instant()));
		HttpClient client = client();
		String login = client
			.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(login);
		assertThat(token.find()).as("login form carries a token").isTrue();
		String form = "username=" + username + "&password=" + password + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url("/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("sign-in redirects").isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		return client;
	}

	private static HttpClient client() {
		return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
