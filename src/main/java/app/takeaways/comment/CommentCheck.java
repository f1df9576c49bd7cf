package app.takeaways.comment;

import java.util.Optional;

/**
 * One rule that may hold a new comment for moderation or send it to spam. Checks run in
 * {@code @Order}; spam checks come first.
 */
interface CommentCheck {

	Optional<Verdict> check(NewComment comment, DiscussionRules rules);

	/**
	 * @param status {@code PENDING} (held) or {@code SPAM}
	 * @param rule name of the rule, shown to moderators
	 */
	record Verdict(CommentStatus status, String rule) {

		static Optional<Verdict> hold(String rule) {
			return Optional.of(new Verdict(CommentStatus.PENDING, rule));
		}

		static Optional<Verdict> spam(String rule) {
			return Optional.of(new Verdict(CommentStatus.SPAM, rule));
		}

	}

	/**
	 * What the checks look at.
	 */
	record NewComment(String name, String email, String website, String text, String honeypot) {
	}

}
