package app.takeaways.moderation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.takeaways.comment.CommentFixtures;
import app.takeaways.post.Post;
import app.takeaways.support.RequiresPostgres;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The moderation queue runs the same few statements on PostgreSQL whether a status holds
 * a handful of comments or several pages of them: one page of rows (comment and post
 * columns in one query, no entity per row) and one capped count for the tabs and the
 * navigation badge together, both in one transaction.
 */
@SpringBootTest(properties = "takeaways.demo.enabled=false")
@AutoConfigureMockMvc
@RequiresPostgres
@Import(CommentFixtures.class)
class ModerationQueueStatementCountIT {

	static final Work QUEUE_WORK = new Work(2, 1);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CommentFixtures fixtures;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void queuePagesRunOneQueryAndOneCountInOneTransactionHoweverManyCommentsWait() {
		Post post = this.fixtures.openPost();
		List<String> paths = List.of("/admin/comments", "/admin/comments?status=approved",
				"/admin/comments?status=pending&post=" + post.getId(), "/admin/comments?status=pending&page=2");
		addComments(post, 3);
		Map<String, Work> small = workFor(paths);

		addComments(post, 60);
		Map<String, Work> large = workFor(paths);

		assertThat(large).isEqualTo(small);
		assertThat(large.values()).allSatisfy((work) -> assertThat(work).isEqualTo(QUEUE_WORK));
	}

	private void addComments(Post post, int each) {
		for (int i = 0; i < each; i++) {
			this.fixtures.pendingComment(post, "held" + i + "@example.org", "Held comment " + i);
			this.fixtures.approvedComment(post, "fine" + i + "@example.org");
		}
	}

	private Map<String, Work> workFor(List<String> paths) {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		Map<String, Work> counts = new LinkedHashMap<>();
		for (String path : paths) {
			statistics.clear();
			assertThat(this.mvc.get().uri(path).with(user("root").roles("ADMIN"))).hasStatusOk();
			counts.put(path, new Work(statistics.getPrepareStatementCount(), statistics.getTransactionCount()));
		}
		return counts;
	}

	/**
	 * What the database was asked for while one page was served.
	 */
	record Work(long statements, long transactions) {
	}

}
