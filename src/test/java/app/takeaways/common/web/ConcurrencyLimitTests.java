package app.takeaways.common.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.Semaphore;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application busy with as many requests as it allows: what readers and API clients
 * get, through the real servlet container and error pages. The limit is filled by taking
 * every permit, as that many slow requests would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "takeaways.max-concurrent-requests=3", "takeaways.max-concurrent-wait=0s" })
class ConcurrencyLimitTests {

	private static final String SEED = "/posts/key-takeaways-from-kim-and-putins-meeting";

	@LocalServerPort
	int port;

	@Autowired
	FilterRegistrationBean<ConcurrencyLimitFilter> limit;

	private final HttpClient http = HttpClient.newHttpClient();

	private boolean full;

	HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", accept)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private void fill() {
		Semaphore permits = this.limit.getFilter().permits();
		assertThat(permits.tryAcquire(3)).isTrue();
		assertThat(permits.availablePermits()).isZero();
		this.full = true;
	}

	@AfterEach
	void release() {
		if (this.full) {
			this.limit.getFilter().permits().release(3);
			this.full = false;
		}
	}

	/**
	 * A search with a parameter the page does not know is rendered every time (the page
	 * cache keeps only {@code q} and {@code page}).
	 */
	private static final String UNCACHED = "/search?q=energy&ref=newsletter";

	@Test
	void uncachedPageWhileFullIsTheFriendly503WithRetryAfterAndServesOnceFreed() throws Exception {
		assertThat(get(UNCACHED, "text/html").statusCode()).isEqualTo(200);
		fill();

		HttpResponse<String> busy = get(UNCACHED, "text/html");

		assertThat(busy.statusCode()).isEqualTo(503);
		assertThat(busy.headers().firstValue("Retry-After")).hasValue(ConcurrencyLimitFilter.RETRY_AFTER_SECONDS);
		assertThat(busy.body()).contains("Back in a moment", "class=\"masthead\"")
			.doesNotContain("Exception", "Whitelabel");

		release();
		HttpResponse<String> after = get(UNCACHED, "text/html");
		assertThat(after.statusCode()).isEqualTo(200);
		assertThat(after.body()).contains("energy");
	}

	@Test
	void apiWhileFullIsA503ProblemWithRetryAfter() throws Exception {
		fill();

		HttpResponse<String> busy = get("/api/posts", "application/json");

		assertThat(busy.statusCode()).isEqualTo(503);
		assertThat(busy.headers().firstValue("Retry-After")).hasValue(ConcurrencyLimitFilter.RETRY_AFTER_SECONDS);
		assertThat(busy.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(busy.body()).contains("\"status\":503").doesNotContain("Exception");
	}

	@Test
	void cachedPagesStaticFilesAndHealthAreServedWhileFull() throws Exception {
		HttpResponse<String> first = get(SEED, "text/html");
		assertThat(first.statusCode()).isEqualTo(200);
		fill();

		HttpResponse<String> cached = get(SEED, "text/html");

		assertThat(cached.statusCode()).isEqualTo(200);
		assertThat(cached.body()).isEqualTo(first.body());
		assertThat(get("/actuator/health/liveness", "application/json").statusCode()).isEqualTo(200);
		String stylesheet = first.body().replaceAll("(?s).*href=\"(/css/[^\"]+)\".*", "$1");
		assertThat(stylesheet).startsWith("/css/");
		assertThat(get(stylesheet, "text/css").statusCode()).isEqualTo(200);
	}

}
