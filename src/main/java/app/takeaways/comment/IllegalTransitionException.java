package app.takeaways.comment;

/**
 * A moderation action that does not apply to a comment in its current status.
 */
public class IllegalTransitionException extends RuntimeException {

	IllegalTransitionException(ModerationAction action, CommentStatus status) {
		super("Cannot " + action.slug() + " a comment that is " + status.name().toLowerCase(java.util.Locale.ROOT));
	}

}
