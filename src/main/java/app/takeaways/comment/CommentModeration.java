package app.takeaways.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What moderation asks of comments: the queue as rows, and the changes of status and
 * deletions, each announced when it changes what readers see.
 */
@Service
public class CommentModeration {

	private final CommentRepository comments;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CommentModeration(CommentRepository comments, ApplicationEventPublisher events, Clock clock) {
		this.comments = comments;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One page of comments in {@code status}, newest first, of one post when
	 * {@code postId} is given, matching a lower-case LIKE {@code pattern} when given.
	 */
	@Transactional(readOnly = true)
	public Slice<QueueRow> queue(CommentStatus status, @Nullable Long postId, @Nullable String pattern, Pageable page) {
		if (pattern != null) {
			return this.comments.findQueueMatching(status, postId, pattern, page);
		}
		if (postId != null) {
			return this.comments.findQueueOfPost(status, postId, page);
		}
		return this.comments.findQueue(status, page);
	}

	/**
	 * Comments in {@code status}, counted up to {@code cap}.
	 */
	@Transactional(readOnly = true)
	public long countUpTo(CommentStatus status, int cap) {
		return this.comments.countByStatusUpTo(status.name(), cap);
	}

	@Transactional(readOnly = true)
	public Optional<QueueRow> row(long id) {
		return this.comments.findQueueRowsById(List.of(id)).stream().findFirst();
	}

	/**
	 * Applies one action to each comment it fits; the others are left as they are.
	 * @return the changes made
	 */
	@Transactional
	public List<Change> apply(ModerationAction action, Collection<Long> ids) {
		List<Change> changes = new ArrayList<>();
		for (Comment comment : this.comments.findAllById(ids)) {
			CommentStatus before = comment.getStatus();
			if (!action.allowedFrom(before)) {
				continue;
			}
			comment.apply(action, this.clock);
			changes.add(new Change(comment.getId(), before, comment.getStatus()));
			announce(comment, before);
		}
		return changes;
	}

	/**
	 * Deletes trashed comments for good; comments not in the trash are left alone.
	 * @return the ids of the deleted comments
	 */
	@Transactional
	public List<Long> deleteTrashed(Collection<Long> ids) {
		List<Long> deleted = new ArrayList<>();
		for (Comment comment : this.comments.findAllById(ids)) {
			if (comment.getStatus() != CommentStatus.TRASH) {
				continue;
			}
			deleted.add(comment.getId());
			this.comments.delete(comment);
		}
		return deleted;
	}

	/**
	 * Comments in the trash since before {@code before}.
	 */
	@Transactional(readOnly = true)
	public List<Long> trashedBefore(Instant before) {
		return this.comments.findTrashedBefore(before);
	}

	private void announce(Comment comment, CommentStatus before) {
		if (comment.getStatus() == CommentStatus.APPROVED || before == CommentStatus.APPROVED) {
			this.events.publishEvent(new CommentsChanged(comment.getPostId()));
		}
	}

	/**
	 * A comment moved from one status to another.
	 */
	public record Change(long commentId, CommentStatus from, CommentStatus to) {
	}

}
