package app.takeaways.post;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The comment area of a post page.
 *
 * @param count approved comments
 * @param comments approved comments, oldest first
 * @param open whether the post takes new comments now
 * @param closedReason message key saying why it does not, when closed
 * @param closedSince when comments closed automatically, if they did
 * @param closesAt when an open post will close automatically, if it will
 */
public record Discussion(int count, List<DiscussionComment> comments, boolean open, @Nullable String closedReason,
		@Nullable Instant closedSince, @Nullable Instant closesAt) {

	public static Discussion none() {
		return new Discussion(0, List.of(), false, null, null, null);
	}

}
