package app.takeaways.comment;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import app.takeaways.post.DiscussedPost;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a post takes new comments, and why not.
 */
@Component
public class CommentPolicy {

	private final Supplier<DiscussionRules> rules;

	CommentPolicy(Supplier<DiscussionRules> rules) {
		this.rules = rules;
	}

	/**
	 * Whether the post takes a new comment at {@code now}, and if not, why not.
	 */
	public Decision check(DiscussedPost post, Instant now) {
		if (!post.isVisibleAt(now)) {
			return Decision.closed("comments.closed.unpublished", null);
		}
		if (post.commentsClosed()) {
			return Decision.closed("comments.closed.by-editor", null);
		}
		Instant closesAt = closesAt(post);
		if (closesAt != null && !now.isBefore(closesAt)) {
			return Decision.closed("comments.closed.automatically", closesAt);
		}
		return new Decision(true, null, null, closesAt);
	}

	private @Nullable Instant closesAt(DiscussedPost post) {
		int days = this.rules.get().closeAfterDays();
		Instant published = post.publishedAt();
		return (days > 0 && published != null) ? published.plus(Duration.ofDays(days)) : null;
	}

	/**
	 * @param open whether the post takes comments
	 * @param reason message key of why not
	 * @param closedSince when it closed automatically
	 * @param closesAt when it will close automatically
	 */
	public record Decision(boolean open, @Nullable String reason, @Nullable Instant closedSince,
			@Nullable Instant closesAt) {

		static Decision closed(String reason, @Nullable Instant since) {
			return new Decision(false, reason, since, null);
		}

	}

}
