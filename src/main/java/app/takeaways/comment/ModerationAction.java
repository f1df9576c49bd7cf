package app.takeaways.comment;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a moderator can do to a comment, from which statuses, and where it leads. Deleting
 * for good is separate: only trashed comments can be.
 */
public enum ModerationAction {

	APPROVE(CommentStatus.APPROVED, EnumSet.of(CommentStatus.PENDING, CommentStatus.SPAM, CommentStatus.TRASH)),

	UNAPPROVE(CommentStatus.PENDING, EnumSet.of(CommentStatus.APPROVED)),

	SPAM(CommentStatus.SPAM, EnumSet.of(CommentStatus.PENDING, CommentStatus.APPROVED)),

	NOT_SPAM(CommentStatus.PENDING, EnumSet.of(CommentStatus.SPAM)),

	TRASH(CommentStatus.TRASH, EnumSet.of(CommentStatus.PENDING, CommentStatus.APPROVED, CommentStatus.SPAM)),

	RESTORE(CommentStatus.PENDING, EnumSet.of(CommentStatus.TRASH));

	private final CommentStatus target;

	private final Set<CommentStatus> from;

	ModerationAction(CommentStatus target, Set<CommentStatus> from) {
		this.target = target;
		this.from = from;
	}

	public boolean allowedFrom(CommentStatus status) {
		return this.from.contains(status);
	}

	CommentStatus target(CommentStatus current) {
		return this.target;
	}

	/**
	 * The action named in a form or URL ("approve", "not-spam"), case-insensitively.
	 */
	public static ModerationAction fromSlug(String slug) {
		return valueOf(slug.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}

	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
