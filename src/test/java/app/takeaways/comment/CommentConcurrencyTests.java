package app.takeaways.comment;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import app.takeaways.post.Post;
import app.takeaways.support.Visitor;
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

	private Void postMany(Post post, int thread, Set<String> acknowledged) {
		Visitor reader = new Visitor();
		Visitor.CsrfToken token = reader.csrf(this.port);
		for (int i = 0; i < EACH; i++) {
			String text = "comment " + thread + "-" + i;
			HttpResponse<String> response = reader.post(this.port, "/posts/" + post.getSlug() + "/comments",
					Map.of(token.parameterName(), token.value(), "name", "Load", "email",
							"load-" + thread + "@example.org", "text", text));
			if (response.statusCode() == 302) {
				acknowledged.add(text);
			}
		}
		return null;
	}

}
