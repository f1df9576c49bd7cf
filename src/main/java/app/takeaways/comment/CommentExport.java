package app.takeaways.comment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every comment of some posts, whatever its status, and the discussion settings: what
 * exports and backups read.
 */
@Service
public class CommentExport {

	private final CommentRepository comments;

	private final DiscussionSettingsStore settings;

	CommentExport(CommentRepository comments, DiscussionSettingsStore settings) {
		this.comments = comments;
		this.settings = settings;
	}

	/**
	 * The comments of these posts, in id order (a reply always after what it answers).
	 */
	@Transactional(readOnly = true)
	public List<Exported> of(Collection<Long> postIds) {
		if (postIds.isEmpty()) {
			return List.of();
		}
		return this.comments.findAllOfPosts(postIds)
			.stream()
			.map((c) -> new Exported(c.getId(), c.getPostId(), c.getParentId(), c.getAuthorName(), c.getAuthorEmail(),
					c.getAuthorWebsite(), c.getBody(), c.getStatus(), c.getCreatedAt()))
			.toList();
	}

	/**
	 * The discussion settings in force.
	 */
	public DiscussionRules rules() {
		return this.settings.get();
	}

	/**
	 * A comment with everything it says.
	 *
	 * @param id the id
	 * @param postId the post
	 * @param parentId the comment it answers, if any
	 * @param authorName the author's name
	 * @param authorEmail the author's email
	 * @param authorWebsite the author's website, if any
	 * @param body the text
	 * @param status its moderation status
	 * @param createdAt when it was written
	 */
	public record Exported(long id, long postId, @Nullable Long parentId, String authorName, String authorEmail,
			@Nullable String authorWebsite, String body, CommentStatus status, Instant createdAt) {
	}

}
