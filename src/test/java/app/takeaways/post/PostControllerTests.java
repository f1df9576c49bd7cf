package app.takeaways.post;

import java.time.Instant;
import java.util.List;

import app.takeaways.common.web.WebSliceConfiguration;
import app.takeaways.takeaway.TakeawayView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest({ PostController.class, PostApiController.class })
@Import({ WebSliceConfiguration.class, PostJsonLd.class, PostPageModel.class })
class PostControllerTests {

	static final Instant WHEN = Instant.parse("2026-11-20T08:30:00Z");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	PostService posts;

	static PostView view(String slug) {
		return new PostView(7, slug, "A <b>title</b>", List.of("Lead"), "<p>Body</p>", "Ann", WHEN, WHEN,
				List.of(new TakeawayView(1, "first", "First", "One & two")), List.of(new TagView("t", "T")), "Lead",
				null);
	}

	@Test
	void homePageListsSummariesWithCountsAndLinksToOlderPosts() {
		PostSummary summary = new PostSummary("hello", "Hello", "Excerpt", "Ann", WHEN, 3, 2, List.of(), null);
		given(this.posts.latest(1)).willReturn(new PageImpl<>(List.of(summary), PageRequest.of(0, 1), 2));

		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("href=\"/posts/hello\"", "3 takeaways", "2 comments", "By Ann", "rel=\"next\"",
					"href=\"/?page=2\"")
			.doesNotContain("rel=\"prev\"");
	}

	@Test
	void postPageEscapesTitlesAndShowsTheCommentFormAreaOnlyWhenOpen() {
		given(this.posts.show("hello"))
			.willReturn(new PostPage(view("hello"), new Discussion(0, List.of(), true, null, null, null)));

		assertThat(this.mvc.get().uri("/posts/hello")).hasStatusOk()
			.bodyText()
			.contains("A &lt;b&gt;title&lt;/b&gt;", "<strong class=\"takeaway-heading\">First:</strong>",
					"One &amp; two", "No comments yet.")
			.doesNotContain("Comments are closed.", "<b>title</b>");
	}

	@Test
	void unknownPostIsNotFound() {
		given(this.posts.show("nope")).willThrow(new PostNotFoundException("nope"));

		assertThat(this.mvc.get().uri("/posts/nope")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void apiAnswersUnknownPostWithProblemDetail() {
		given(this.posts.view("nope")).willThrow(new PostNotFoundException("nope"));

		assertThat(this.mvc.get().uri("/api/posts/nope/takeaways")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(404);
	}

	@Test
	void apiListsPostsWithCountsAndPaging() {
		PostSummary summary = new PostSummary("hello", "Hello", "Excerpt", "Ann", WHEN, 3, 2, List.of(), null);
		given(this.posts.latest(2)).willReturn(new PageImpl<>(List.of(summary), PageRequest.of(1, 1), 2));

		var result = this.mvc.get().uri("/api/posts?page=2").exchange();

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.posts[0].takeawayCount").isEqualTo(3);
		assertThat(result).bodyJson().extractingPath("$.posts[0].commentCount").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.posts[0].publishedAt").isEqualTo("2026-11-20T08:30:00Z");
		assertThat(result).bodyJson().extractingPath("$.hasNext").isEqualTo(false);
	}

	@Test
	void apiRejectsAPageThatIsNotANumberWithProblemDetail() {
		assertThat(this.mvc.get().uri("/api/posts?page=abc")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
