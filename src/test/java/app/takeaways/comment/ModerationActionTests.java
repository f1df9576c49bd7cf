package app.takeaways.comment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModerationActionTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	private Comment pending() {
		return new Comment(1L, null, "Ann", "ann@example.org", null, "Hi", this.clock);
	}

	@Test
	void approveUnapproveSpamTrashAndRestoreMoveTheComment() {
		Comment comment = pending();

		comment.apply(ModerationAction.APPROVE, this.clock);
		assertThat(comment.getStatus()).isEqualTo(CommentStatus.APPROVED);
		comment.apply(ModerationAction.SPAM, this.clock);
		assertThat(comment.getStatus()).isEqualTo(CommentStatus.SPAM);
		comment.apply(ModerationAction.NOT_SPAM, this.clock);
		assertThat(comment.getStatus()).isEqualTo(CommentStatus.PENDING);
		comment.apply(ModerationAction.TRASH, this.clock);
		assertThat(comment.getStatus()).isEqualTo(CommentStatus.TRASH);
		comment.apply(ModerationAction.RESTORE, this.clock);
		assertThat(comment.getStatus()).isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void movesThatMakeNoSenseAreRefused() {
		Comment comment = pending();

		assertThatThrownBy(() -> comment.apply(ModerationAction.RESTORE, this.clock))
			.isInstanceOf(IllegalTransitionException.class);
		assertThatThrownBy(() -> comment.apply(ModerationAction.UNAPPROVE, this.clock))
			.isInstanceOf(IllegalTransitionException.class);
		assertThat(comment.getStatus()).isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void actionsAreNamedInFormsBySlug() {
		assertThat(ModerationAction.fromSlug("not-spam")).isEqualTo(ModerationAction.NOT_SPAM);
		assertThat(ModerationAction.NOT_SPAM.slug()).isEqualTo("not-spam");
	}

}
