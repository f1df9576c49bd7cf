package app.takeaways.common.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code takeaways.warm-up.requests} set, the application has already answered its
 * readers' usual requests when it reports ready: the first real reader of the home page
 * gets it from the page cache, compressed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "takeaways.warm-up.requests=40")
class WarmUpTests {

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Test
	void theFirstReaderAfterStartUpIsServedFromTheCache() throws Exception {
		double hits = count("hit");
		double misses = count("miss");

		HttpResponse<byte[]> home = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/"))
				.header("Accept-Encoding", "gzip")
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(count("hit")).isEqualTo(hits + 1);
		assertThat(count("miss")).isEqualTo(misses);
	}

	@Test
	void theWarmUpFindsTheNewestPostsOnTheHomePage() {
		String home = "<a href=\"/posts/first\">x</a> <a href=\"/posts/second\">y</a> <a href=\"/posts/first\">again</a>";

		assertThat(WarmUp.paths(home))
			.contains("/", "/feed.atom", "/posts/first", "/api/posts/first", "/api/posts/first/takeaways",
					"/posts/second")
			.doesNotHaveDuplicates();
	}

	@Test
	void withoutRequestsToSendTheStartSendsNone() throws Exception {
		WarmUp none = new WarmUp(0, () -> {
			throw new AssertionError("asked for the port: it would have sent requests");
		}, "token");

		none.run(new DefaultApplicationArguments());
	}

	private double count(String result) {
		return this.meters.counter("takeaways.page.cache.requests", "result", result).count();
	}

}
