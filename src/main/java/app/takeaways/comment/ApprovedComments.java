package app.takeaways.comment;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public comments of a post for other features (its comments feed): approved only.
 */
@Service
public class ApprovedComments {

	private final CommentRepository comments;

	ApprovedComments(CommentRepository comments) {
		this.comments = comments;
	}

	/**
	 * The newest approved comments of a post, newest first.
	 */
	@Transactional(readOnly = true)
	public List<PublicComment> newestOf(long postId, int limit) {
		return this.comments.findNewestApprovedOf(postId, PageRequest.of(0, limit))
			.stream()
			.map((c) -> new PublicComment(c.getId(), c.getAuthorName(), c.getAuthorWebsite(), c.getCreatedAt(),
					c.getBody()))
			.toList();
	}

	/**
	 * How many approved comments a post has and when the last of them was approved.
	 */
	@Transactional(readOnly = true)
	public Freshness freshnessOf(long postId) {
		return this.comments.freshnessOf(postId);
	}

	/**
	 * An approved comment; {@code text} is plain text.
	 */
	public record PublicComment(long id, String author, @Nullable String website, Instant createdAt, String text) {
	}

	/**
	 * @param count approved comments
	 * @param lastApproved when the newest approval happened; null without comments
	 */
	public record Freshness(long count, @Nullable Instant lastApproved) {
	}

}
