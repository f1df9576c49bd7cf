package app.takeaways.comment;

import app.takeaways.common.RefusedException;

/**
 * A comment sent to a post that does not take comments (closed, not published, or
 * unknown). Nothing is stored.
 */
public class CommentsClosedException extends RefusedException {

	CommentsClosedException(String slug, String reason) {
		super(reason, "Comments are closed on " + slug + " (" + reason + ")");
	}

}
