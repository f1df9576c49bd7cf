package app.takeaways.pagecache;

import java.util.Set;

import app.takeaways.comment.CommentsChanged;
import app.takeaways.comment.DiscussionRulesChanged;
import app.takeaways.media.MediaDeleted;
import app.takeaways.post.PostChanged;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ChangeMessageTests {

	@Test
	void everyChangeReadsBackAsTheSameEventWithoutSlugs() {
		assertThat(ChangeMessage.parse(ChangeMessage.of(new PostChanged(7, Set.of("a", "b"), true))))
			.isEqualTo(new PostChanged(7, Set.of(), true));
		assertThat(ChangeMessage.parse(ChangeMessage.of(new PostChanged(8, Set.of("a"), false))))
			.isEqualTo(new PostChanged(8, Set.of(), false));
		assertThat(ChangeMessage.parse(ChangeMessage.of(new CommentsChanged(9)))).isEqualTo(new CommentsChanged(9));
		assertThat(ChangeMessage.parse(ChangeMessage.of(new DiscussionRulesChanged())))
			.isEqualTo(new DiscussionRulesChanged());
		String hash = "0123456789abcdef0123456789abcdef";
		assertThat(ChangeMessage.parse(ChangeMessage.of(new MediaDeleted(hash)))).isEqualTo(new MediaDeleted(hash));
	}

	@Test
	void garbleIsRefusedRatherThanGuessed() {
		for (String garble : new String[] { "", "post", "post x true", "post 1 maybe", "comments", "comments 1x",
				"deleted 5", "media", "media ../etc", "media 0123456789ABCDEF0123456789ABCDEF" }) {
			assertThatIllegalArgumentException().as(garble).isThrownBy(() -> ChangeMessage.parse(garble));
		}
	}

}
