package app.takeaways.comment;

import java.util.Locale;
import java.util.Optional;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The built-in comment checks.
 */
final class CommentChecks {

	private CommentChecks() {
	}

	/**
	 * People leave the hidden field empty; bots fill every field.
	 */
	@Component
	@Order(1)
	static class Honeypot implements CommentCheck {

		@Override
		public Optional<Verdict> check(NewComment comment, DiscussionRules rules) {
			return comment.honeypot().isBlank() ? Optional.empty() : Verdict.spam("honeypot");
		}

	}

	@Component
	@Order(2)
	static class DisallowedWords implements CommentCheck {

		@Override
		public Optional<Verdict> check(NewComment comment, DiscussionRules rules) {
			String all = String.join("\n", comment.name(), comment.email(), comment.website(), comment.text())
				.toLowerCase(Locale.ROOT);
			return rules.disallowedWords().stream().anyMatch(all::contains) ? Verdict.spam("disallowed-words")
					: Optional.empty();
		}

	}

	@Component
	@Order(3)
	static class LinkCount implements CommentCheck {

		@Override
		public Optional<Verdict> check(NewComment comment, DiscussionRules rules) {
			return (CommentText.linkCount(comment.text()) > rules.maxLinks()) ? Verdict.hold("too-many-links")
					: Optional.empty();
		}

	}

	@Component
	@Order(4)
	static class HoldAll implements CommentCheck {

		@Override
		public Optional<Verdict> check(NewComment comment, DiscussionRules rules) {
			return rules.holdAll() ? Verdict.hold("hold-all") : Optional.empty();
		}

	}

	@Component
	@Order(5)
	static class FirstTimeAuthor implements CommentCheck {

		private final CommentRepository comments;

		FirstTimeAuthor(CommentRepository comments) {
			this.comments = comments;
		}

		@Override
		public Optional<Verdict> check(NewComment comment, DiscussionRules rules) {
			if (!rules.holdFirstTime() || this.comments
				.countByAuthorEmailAndStatus(comment.email().toLowerCase(Locale.ROOT), CommentStatus.APPROVED) > 0) {
				return Optional.empty();
			}
			return Verdict.hold("first-time-author");
		}

	}

}
