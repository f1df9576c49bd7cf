package app.takeaways.comment;

import app.takeaways.discovery.StatementCounter;
import app.takeaways.post.Post;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * A reader's comment runs a fixed few SQL statements (Hibernate's and JdbcClient's alike)
 * whether it comes through the form or the JSON API: the post read once (only what the
 * policy needs), whether the author was approved before, the insert; the form's held
 * comment also stores the reader's session for its notice (two statements). Both were 5
 * and 3 when the comment held a JPA association to the post.
 */
@SpringBootTest(properties = { "takeaways.demo.enabled=false" })
@AutoConfigureMockMvc
@Import({ StatementCounter.Configuration.class, CommentFixtures.class })
class CommentStatementCountTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CommentFixtures fixtures;

	@Autowired
	StatementCounter counter;

	@Test
	void aCommentThroughTheFormOrTheApiRunsAFixedFewStatements() {
		Post post = this.fixtures.openPost();
		// the discussion rules are read once and then remembered
		assertThat(throughTheApi(post, "10.9.0.1", "first@example.org")).hasStatus(HttpStatus.CREATED);
		MvcTestResult[] result = new MvcTestResult[2];

		long form = this.counter.count(() -> result[0] = throughTheForm(post, "10.9.0.2", "form@example.org"));
		long api = this.counter.count(() -> result[1] = throughTheApi(post, "10.9.0.3", "api@example.org"));

		assertThat(result[0]).hasStatus(HttpStatus.FOUND);
		assertThat(result[1]).hasStatus(HttpStatus.CREATED);
		assertThat(form).isLessThanOrEqualTo(5);
		assertThat(api).isLessThanOrEqualTo(3);
	}

	private MvcTestResult throughTheForm(Post post, String address, String email) {
		return this.mvc.post()
			.uri("/posts/{slug}/comments", post.getSlug())
			.with(csrf())
			.with(from(address))
			.param("name", "Reader")
			.param("email", email)
			.param("text", "Counted through the form")
			.exchange();
	}

	private MvcTestResult throughTheApi(Post post, String address, String email) {
		return this.mvc.post()
			.uri("/api/posts/{slug}/comments", post.getSlug())
			.with(csrf())
			.with(from(address))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Reader\", \"email\": \"" + email + "\", \"text\": \"Counted through the API\"}")
			.exchange();
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
