package app.takeaways.common.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.takeaways.comment.CommentFixtures;
import app.takeaways.post.Post;
import app.takeaways.post.SlugHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What curl, crawlers, feed readers and browsers get on the wire: status codes,
 * validators, cookies and content types through the real servlet container.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommentFixtures.class)
class HttpSemanticsTests {

	private static final String SEED = "/posts/key-takeaways-from-kim-and-putins-meeting";

	@LocalServerPort
	int port;

	@Autowired
	SlugHistory slugs;

	@Autowired
	CommentFixtures fixtures;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> send(String method, String path, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		return send("GET", path, headers);
	}

	private HttpResponse<String> postForm(String path, String form, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void everyApiAddressOfAMovedPostRedirectsPermanently() throws Exception {
		Post post = this.fixtures.openPost();
		String old = CommentFixtures.unique("old");
		this.slugs.moved(old, post.getId());

		for (String suffix : new String[] { "", "/takeaways", "/comments" }) {
			HttpResponse<String> response = get("/api/posts/" + old + suffix, "Accept", "application/json");

			assertThat(response.statusCode()).as(suffix).isEqualTo(301);
			assertThat(response.headers().firstValue("Location")).hasValue("/api/posts/" + post.getSlug() + suffix);
		}
		assertThat(get("/posts/" + old + "/comments.atom").headers().firstValue("Location"))
			.hasValue("/posts/" + post.getSlug() + "/comments.atom");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/?page=304068581", "/?page=214748366", "/tags/diplomacy?page=304068581",
			"/archive/2026/11?page=304068581", "/search?q=energy&page=304068581", "/api/posts?page=304068581",
			"/api/search?q=energy&page=304068581", "/api/posts?page=2147483647" })
	void pageNumbersFarPastTheEndAreNotFound(String path) throws Exception {
		assertThat(get(path, "Accept", "*/*").statusCode()).isEqualTo(404);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/takeaways", "/comments.atom", "/api", "/api/takeaways", "/api/comments" })
	void everyAddressOfADeletedPostIsGone(String variant) throws Exception {
		String slug = CommentFixtures.unique("deleted");
		this.slugs.gone(slug);
		String path = variant.startsWith("/api") ? "/api/posts/" + slug + variant.substring(4)
				: "/posts/" + slug + variant;

		assertThat(get(path, "Accept", "*/*").statusCode()).isEqualTo(410);
	}

	@Test
	void headOfACachedPageHasTheValidatorsLengthAndCachingOfGet() throws Exception {
		String path = "/posts/" + this.fixtures.closedPost().getSlug();
		HttpResponse<String> head = send("HEAD", path);
		HttpResponse<String> get = get(path);

		assertThat(head.statusCode()).isEqualTo(200);
		assertThat(head.body()).isEmpty();
		assertThat(get.headers().firstValue("ETag")).isPresent();
		for (String name : new String[] { "ETag", "Cache-Control", "Content-Type", "Content-Language" }) {
			assertThat(head.headers().firstValue(name)).as(name).isEqualTo(get.headers().firstValue(name));
		}
		assertThat(head.headers().firstValue("Content-Length"))
			.hasValue(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
		String etag = get.headers().firstValue("ETag").orElseThrow();
		assertThat(send("HEAD", path, "If-None-Match", etag).statusCode()).isEqualTo(304);
		assertThat(get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
	}

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "text/html", "text/html,application/xhtml+xml,*/*;q=0.8" })
	void publicPagesAnswerErrorsWithTheSitesPageToAnyClientThatTakesHtml(String accept) throws Exception {
		HttpResponse<String> response = get("/no/such/page", "Accept", accept);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Page not found", "class=\"masthead\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "*/*", "text/html", "application/json" })
	void apiErrorsAreProblemDetailsWhateverTheClientAccepts(String accept) throws Exception {
		HttpResponse<String> response = get("/api/nope", "Accept", accept);

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"status\":404");
	}

	@Test
	void openPostIsSharedFromTheCacheWithoutASessionOrCookie() throws Exception {
		String path = "/posts/" + this.fixtures.openPost().getSlug();

		HttpResponse<String> first = get(path);
		HttpResponse<String> second = get(path);

		assertThat(first.body()).contains("class=\"comment-form\"").doesNotContain("name=\"_csrf\"");
		assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(second.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(second.headers().firstValue("ETag")).isPresent().isEqualTo(first.headers().firstValue("ETag"));
		assertThat(second.headers().firstValue("Cache-Control")).hasValue("no-cache");
	}

	@Test
	void commentWithoutTokenIsRefusedAndConfirmedOnceWithTheReadersOwnToken() throws Exception {
		Post post = this.fixtures.openPost();
		String email = CommentFixtures.unique("reader") + "@example.com";
		String form = "text=" + URLEncoder.encode("A fair point.", StandardCharsets.UTF_8) + "&name=Ann&email="
				+ URLEncoder.encode(email, StandardCharsets.UTF_8) + "&website=&homepage=";
		String action = "/posts/" + post.getSlug() + "/comments";

		HttpResponse<String> refused = postForm(action, form);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(this.fixtures.countByEmail(email)).isZero();
		assertThat(refused.body()).contains("once more", "A fair point.");
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(refused.body());
		assertThat(token.find()).isTrue();
		Optional<String> cookie = refused.headers().firstValue("Set-Cookie");
		assertThat(cookie).hasValueSatisfying((value) -> assertThat(value).startsWith("XSRF-TOKEN=")
			.containsIgnoringCase("HttpOnly")
			.containsIgnoringCase("SameSite=Lax"));
		assertThat(refused.headers().allValues("Set-Cookie")).noneMatch((value) -> value.startsWith("JSESSIONID"));

		HttpResponse<String> forged = postForm(action, form + "&_csrf=" + token.group(1));
		assertThat(forged.statusCode()).as("token without its cookie").isEqualTo(403);
		assertThat(this.fixtures.countByEmail(email)).isZero();

		HttpResponse<String> confirmed = postForm(action, form + "&_csrf=" + token.group(1), "Cookie",
				cookie.orElseThrow().split(";")[0]);
		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(this.fixtures.countByEmail(email)).isOne();
	}

	@Test
	void stylesheetRevalidatesWith304() throws Exception {
		Matcher stylesheet = Pattern.compile("href=\"(/css/site[^\"]+\\.css)\"").matcher(get("/").body());
		assertThat(stylesheet.find()).isTrue();

		HttpResponse<String> first = get(stylesheet.group(1));
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = get(stylesheet.group(1), "If-None-Match", etag);

		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void robotsTxtMayBeCachedAndPagesSayTheirLanguage() throws Exception {
		HttpResponse<String> robots = get("/robots.txt");

		assertThat(robots.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).doesNotContain("no-store"));
		for (String path : new String[] { "/", SEED, "/tags", "/archive", "/search?q=energy", "/login",
				"/no/such/page" }) {
			assertThat(get(path).headers().firstValue("Content-Language")).as(path).hasValue("en-GB");
		}
	}

}
