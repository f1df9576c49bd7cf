package app.takeaways.common.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import app.takeaways.post.SlugHistory;
import app.takeaways.support.Visitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors reach readers as the site's own pages, through the real servlet container.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTests.Failing.class)
class ErrorPagesTests {

	private static final String OPEN_POST = "/posts/five-takeaways-from-the-autumn-harvest-report";

	private static final String[] NEVER_SHOWN = { "Exception", "at app.takeaways", "Whitelabel", "secret detail",
			"trace" };

	@LocalServerPort
	int port;

	@Autowired
	SlugHistory slugs;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", accept)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/posts/no-such-post", "/posts/what-to-watch-at-next-months-climate-summit", "/?page=99",
			"/no/such/page" })
	void missingPagesAndDraftsAreAFriendlyNotFoundPageInTheSiteLayout(String path) throws Exception {
		HttpResponse<String> response = get(path, "text/html");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found", "class=\"masthead\"", "Go to the home page")
			.doesNotContain("Exception", "at app.takeaways", "Whitelabel");
	}

	@Test
	void deletedPostsAddressIsAFriendlyGonePage() throws Exception {
		this.slugs.gone("an-article-that-was-deleted");

		HttpResponse<String> response = get("/posts/an-article-that-was-deleted", "text/html");

		assertThat(response.statusCode()).isEqualTo(410);
		assertThat(response.body()).contains("This article was removed", "class=\"masthead\"", "Go to the home page")
			.doesNotContain("Exception", "Whitelabel");
	}

	@Test
	void formWithoutCsrfTokenIsAFriendlyForbiddenPage() throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=a&password=b"))
			.build();

		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Not allowed", "class=\"masthead\"")
			.doesNotContain("Exception", "Whitelabel", "CsrfException");
	}

	@Test
	void malformedPageNumberIsAFriendlyBadRequestPage() throws Exception {
		HttpResponse<String> response = get("/?page=abc", "text/html");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("That request did not work", "class=\"masthead\"")
			.doesNotContain("NumberFormatException", "Whitelabel");
	}

	@Test
	void apiNotFoundIsProblemDetailJson() throws Exception {
		HttpResponse<String> response = get("/api/posts/no-such-post", "application/json");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404").doesNotContain("Exception");
	}

	@Test
	void pagesCarryAStrictContentSecurityPolicyAndPrivacyHeaders() throws Exception {
		HttpResponse<String> response = get("/posts/key-takeaways-from-kim-and-putins-meeting", "text/html");

		assertThat(response.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying((csp) -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
		assertThat(response.headers().firstValue("Permissions-Policy")).isPresent();
	}

	@Test
	void wrongMethodIsAFriendlyPageInTheSiteLayout() throws Exception {
		HttpResponse<String> response = get("/posts/key-takeaways-from-kim-and-putins-meeting/comments", "text/html");

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("That does not work here", "class=\"masthead\"")
			.doesNotContain(NEVER_SHOWN);
	}

	@Test
	void bodyOverTheLimitIsAFriendlyPageAndSavesNothing() throws Exception {
		long before = storedComments();
		String text = "a".repeat(1024 * 1024);
		HttpRequest request = HttpRequest.newBuilder(URI.create(url(OPEN_POST + "/comments")))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("name=Big&email=big@example.org&text=" + text))
			.build();

		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("That was too much to send", "class=\"masthead\"")
			.doesNotContain(NEVER_SHOWN);
		assertThat(storedComments()).isEqualTo(before);
	}

	@Test
	void unexpectedFailureIsAFriendlyPageWithoutItsDetails() throws Exception {
		HttpResponse<String> response = get("/test/failing", "text/html");

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Something went wrong on our side", "class=\"masthead\"")
			.doesNotContain(NEVER_SHOWN);
	}

	@Test
	void tooManyCommentsIsAFriendlyPageAndSavesNothing() throws Exception {
		Visitor reader = new Visitor();
		Visitor.CsrfToken token = reader.csrf(this.port);
		List<Integer> statuses = new ArrayList<>();
		HttpResponse<String> response = null;
		for (int i = 0; i < 6; i++) {
			response = reader.post(this.port, OPEN_POST + "/comments", Map.of("name", "Fast", "email",
					"fast@example.org", "text", "Comment " + i, token.parameterName(), token.value()));
			statuses.add(response.statusCode());
		}

		assertThat(statuses).containsExactly(302, 302, 302, 302, 302, 429);
		assertThat(response.body()).contains("Please slow down", "class=\"masthead\"").doesNotContain(NEVER_SHOWN);
		assertThat(this.jdbc.sql("SELECT count(*) FROM comment WHERE author_email = 'fast@example.org'")
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/no-such-thing", "/test/failing" })
	void errorsOutsideTheApiControllersAreProblemDetailJsonToo(String path) throws Exception {
		HttpResponse<String> response = get(path, "application/json");

		assertThat(response.statusCode()).isIn(404, 500);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":" + response.statusCode(), "\"title\"")
			.doesNotContain(NEVER_SHOWN);
	}

	@Test
	void apiWrongMethodIsProblemDetailJson() throws Exception {
		HttpResponse<String> login = get("/login", "text/html");
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(login.body());
		assertThat(token.find()).isTrue();
		String session = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/posts")))
			.header("Accept", "application/json")
			.header("Cookie", session)
			.header("X-CSRF-TOKEN", token.group(1))
			.POST(HttpRequest.BodyPublishers.ofString("{}"))
			.build();

		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).contains("\"status\":405");
	}

	private long storedComments() {
		return this.jdbc.sql("SELECT count(*) FROM comment").query(Long.class).single();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	/**
	 * Addresses that fail on purpose, to see what a reader gets.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class Failing {

		@Bean
		FailingController failingController() {
			return new FailingController();
		}

	}

	@Controller
	static class FailingController {

		@GetMapping("/test/failing")
		String failing() {
			throw new IllegalStateException("secret detail of a failure");
		}

	}

}
