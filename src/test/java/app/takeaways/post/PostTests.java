package app.takeaways.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import app.takeaways.takeaway.TakeawayView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	@Test
	void draftIsNotVisible() {
		Post post = Posts.draft("a", Posts.author("x"), this.clock);

		assertThat(post.getStatus()).isEqualTo(PostStatus.DRAFT);
		assertThat(post.isVisibleAt(this.clock.instant())).isFalse();
	}

	@Test
	void publishingInTheFutureSchedulesThePostUntilItsTime() {
		Post post = Posts.draft("a", Posts.author("x"), this.clock);
		Instant tomorrow = this.clock.instant().plus(Duration.ofDays(1));

		post.publishAt(tomorrow, this.clock);

		assertThat(post.getStatus()).isEqualTo(PostStatus.SCHEDULED);
		assertThat(post.isVisibleAt(this.clock.instant())).isFalse();
		assertThat(post.isVisibleAt(tomorrow)).isTrue();
	}

	@Test
	void publishingNowMakesThePostVisible() {
		Post post = Posts.draft("a", Posts.author("x"), this.clock);

		post.publish(this.clock);

		assertThat(post.getStatus()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(post.isVisibleAt(this.clock.instant())).isTrue();
	}

	@Test
	void replacingTakeawaysNumbersThemInTheGivenOrder() {
		Post post = Posts.draft("a", Posts.author("x"), this.clock, "One", "Two");

		post.replaceTakeaways(Posts.takeaways("Three", "One"));

		assertThat(post.getTakeaways()).extracting(TakeawayView::heading).containsExactly("Three", "One");
		assertThat(post.getTakeaways()).extracting(TakeawayView::position).containsExactly(1, 2);
	}

}
