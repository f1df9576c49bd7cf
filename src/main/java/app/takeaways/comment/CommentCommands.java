package app.takeaways.comment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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

	private final EntityManager entities;

	private final DiscussionSettingsStore settings;

	private final ApplicationEventPublisher events;

	private final CommentBatch batch;

	CommentCommands(EntityManager entities, DiscussionSettingsStore settings, ApplicationEventPublisher events,
			CommentBatch batch) {
		this.entities = entities;
		this.settings = settings;
		this.events = events;
		this.batch = batch;
	}

	/**
	 * Tells whoever shows the post's comments that comments were brought in: once per
	 * post, after {@link #bringInAll} added any to a post that already existed.
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
	 * Comments of one post as they were, stored together (a few statements, not one
	 * each). Keys are the caller's own (a WordPress comment id, an archived id); a reply
	 * names its parent by key, either one of {@code comments} or one already stored
	 * ({@code stored}, key to id); a parent found in neither leaves the reply at the top.
	 * @return the new comment ids by key
	 */
	@Transactional
	public Map<Long, Long> bringInAll(long postId, List<Brought> comments, Map<Long, Long> stored) {
		this.entities.flush();
		return this.batch.insert(postId, comments, stored);
	}

	/**
	 * A comment to bring in, known to the caller by {@code key}.
	 *
	 * @param key the caller's id of the comment
	 * @param parentKey the caller's id of the comment it answers, 0 when none
	 * @param text who wrote it and what
	 * @param status its moderation status
	 * @param createdAt when it was written
	 */
	public record Brought(long key, long parentKey, Written text, CommentStatus status, Instant createdAt) {
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
