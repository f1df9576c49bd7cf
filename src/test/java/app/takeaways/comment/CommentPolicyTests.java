package app.takeaways.comment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import app.takeaways.post.Post;
import app.takeaways.post.Posts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommentPolicyTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	private final CommentPolicy neverCloses = new CommentPolicy(DiscussionRules::defaults);

	@Test
	void publishedOpenPostTakesComments() {
		Post post = Posts.published("a", Posts.author("x"), this.clock);

		CommentPolicy.Decision decision = this.neverCloses.check(Posts.discussed(post), this.clock.instant());

		assertThat(decision.open()).isTrue();
		assertThat(decision.closesAt()).isNull();
	}

	@Test
	void postClosedByAnEditorRefusesComments() {
		Post post = Posts.published("a", Posts.author("x"), this.clock);
		post.closeComments();

		CommentPolicy.Decision decision = this.neverCloses.check(Posts.discussed(post), this.clock.instant());

		assertThat(decision.open()).isFalse();
		assertThat(decision.reason()).isEqualTo("comments.closed.by-editor");
	}

	@Test
	void draftAndScheduledPostsRefuseComments() {
		Post draft = Posts.draft("a", Posts.author("x"), this.clock);
		Post scheduled = Posts.draft("b", Posts.author("x"), this.clock);
		scheduled.publishAt(this.clock.instant().plus(Duration.ofHours(1)), this.clock);

		assertThat(this.neverCloses.check(Posts.discussed(draft), this.clock.instant()).reason())
			.isEqualTo("comments.closed.unpublished");
		assertThat(this.neverCloses.check(Posts.discussed(scheduled), this.clock.instant()).open()).isFalse();
	}

	@Test
	void commentsCloseAutomaticallyAfterTheConfiguredDays() {
		CommentPolicy closesAfterTwoDays = new CommentPolicy(
				() -> new DiscussionRules(true, 2, List.of(), false, 2, 3));
		Post post = Posts.published("a", Posts.author("x"), this.clock);
		Instant closesAt = post.getPublishedAt().plus(Duration.ofDays(2));

		CommentPolicy.Decision before = closesAfterTwoDays.check(Posts.discussed(post), closesAt.minusSeconds(1));
		CommentPolicy.Decision after = closesAfterTwoDays.check(Posts.discussed(post), closesAt);

		assertThat(before.open()).isTrue();
		assertThat(before.closesAt()).isEqualTo(closesAt);
		assertThat(after.open()).isFalse();
		assertThat(after.reason()).isEqualTo("comments.closed.automatically");
		assertThat(after.closedSince()).isEqualTo(closesAt);
	}

}
