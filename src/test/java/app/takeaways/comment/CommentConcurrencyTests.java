package app.takeaways.comment;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import app.takeaways.post.Post;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many readers posting at once, over real HTTP: every acknowledged comment is stored
 * exactly once, and nothing else is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "takeaways.comments.rate-per-minute=10000")
@Import(CommentFixtures.class)
class CommentConcurrencyTests {

	static final int THREADS = 8;

	static final int EACH = 15;

	@LocalServerPort
	int port;

	@Autowired
	CommentFixtures fixtures;

	@Autowired
	CommentRepository comments;

	@Test
	void concurrentCommentsEndWithExactlyTheAcknowledgedOnes() throws Exception {
		List<Post> posts = List.of(this.fixtures.openPost(), this.fixtures.openPost());
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			int thread = t;
			done.add(pool.submit(() -> postMany(posts.get(thread % 2), thread, acknowledged)));
		}
		for (Future<?> future : done) {
			future.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();

		List<String> stored = this.comments.findAll()
			.stream()
			.filter((c) -> c.getAuthorEmail().startsWith("load-"))
			.map(Comment::getBody)
			.toList();
		assertThat(acknowledged).hasSize(THREADS * EACH);
		assertThat(stored).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(acknowledged);
	}

	private Void postMany(Post post, int thread, Set<String> acknowledged) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String base = "http://127.0.0.1:" + this.port + "/posts/" + post.getSlug();
		String csrf = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/csrf")).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
		String token = csrf.replaceFirst("(?s).*\"token\":\"([^\"]+)\".*", "$1");
		for (int i = 0; i < EACH; i++) {
			String text = "comment " + thread + "-" + i;
			String form = "_csrf=" + enc(token) + "&name=Load&email=load-" + thread + "%40example.org&text="
					+ enc(text);
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/comments"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() == 302) {
				acknowledged.add(text);
			}
		}
		return null;
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
