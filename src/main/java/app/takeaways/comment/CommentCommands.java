package app.takeaways.comment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import app.takeaways.post.Post;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments written elsewhere and brought in whole (imports, restores): stored with their
 * own date and status, without the checks a new comment goes through.
 */
@Service
public class CommentCommands {

	private final CommentRepository comments;

	private final EntityManager entities;

	private final DiscussionSettingsStore settings;

	private final ApplicationEventPublisher events;

	CommentCommands(CommentRepository comments, EntityManager entities, DiscussionSettingsStore settings,
			ApplicationEventPublisher events) {
		this.comments = comments;
		this.entities = entities;
		this.settings = settings;
		this.events = events;
	}

	/**
	 * Tells whoever shows the post's comments that comments were brought in: once per
	 * post, after {@link #bringIn} added any to a post that already existed.
	 */
	public void broughtIn(long postId) {
		this.events.publishEvent(new CommentsChanged(postId));
	}

	/**
	 * Puts discussion rules back as they were (a restored backup).
	 */
	public void restoreRules(DiscussionRules rules) {
		this.settings.change(new DiscussionSettingsForm(rules.holdFirstTime(), rules.maxLinks(),
				String.join("\n", rules.disallowedWords()), rules.holdAll(), rules.closeAfterDays(), rules.maxDepth()));
	}

	/**
	 * A comment as it was: author, text, thread, date and status.
	 * @return the new comment's id
	 */
	@Transactional
	public long bringIn(long postId, @Nullable Long parentId, Written text, CommentStatus status, Instant createdAt) {
		Post post = this.entities.getReference(Post.class, postId);
		Comment comment = new Comment(post, parentId, text.authorName(), text.authorEmail(), text.authorWebsite(),
				text.body(), Clock.fixed(createdAt, ZoneOffset.UTC));
		comment.settle(status);
		return this.comments.save(comment).getId();
	}

	/**
	 * Who wrote a comment and what.
	 *
	 * @param authorName the name shown (at most 100 characters)
	 * @param authorEmail the email address (at most 254)
	 * @param authorWebsite the website, if any (at most 300)
	 * @param body the plain text (at most 5,000)
	 */
	public record Written(String authorName, String authorEmail, @Nullable String authorWebsite, String body) {
	}

}
