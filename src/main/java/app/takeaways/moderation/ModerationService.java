package app.takeaways.moderation;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import app.takeaways.comment.CommentModeration;
import app.takeaways.comment.CommentStatus;
import app.takeaways.comment.ModerationAction;
import app.takeaways.comment.QueueRow;
import app.takeaways.common.NotFoundException;
import app.takeaways.post.PostCommands;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What admins do to comments. Every change is written to the audit trail.
 */
@Service
class ModerationService {

	static final int PAGE_SIZE = 20;

	private static final Logger log = LoggerFactory.getLogger(ModerationService.class);

	/** Queue counts stop here and show as "1000+". */
	static final int COUNT_CAP = 1000;

	private final CommentModeration comments;

	private final PostCommands posts;

	private final AuditEntryRepository audit;

	private final Clock clock;

	ModerationService(CommentModeration comments, PostCommands posts, AuditEntryRepository audit, Clock clock) {
		this.comments = comments;
		this.posts = posts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * One page of a status's queue, and the pending count that its tabs and the
	 * navigation badge show, read in one transaction. Only the pending queue is counted:
	 * it stays small when moderated, while counting every approved comment on each visit
	 * would grow with the blog.
	 */
	@Transactional(readOnly = true)
	QueuePage page(CommentStatus status, @Nullable Long postId, @Nullable String search, int page) {
		String pattern = (search == null || search.isBlank()) ? null : "%"
				+ search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		PageRequest request = PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE);
		return new QueuePage(this.comments.queue(status, postId, pattern, request).map(QueueItemView::of),
				pendingCount());
	}

	/**
	 * Comments awaiting moderation, counted up to {@link #COUNT_CAP} so the cost stays
	 * bounded when a spam wave fills the queue.
	 */
	@Transactional(readOnly = true)
	QueueCount pendingCount() {
		long counted = this.comments.countUpTo(CommentStatus.PENDING, COUNT_CAP);
		return new QueueCount(counted, counted >= COUNT_CAP);
	}

	@Transactional(readOnly = true)
	CommentDetail detail(long id) {
		QueueRow comment = this.comments.row(id).orElseThrow(() -> new CommentNotFoundException(id));
		return new CommentDetail(QueueItemView.of(comment), detailTrail(id));
	}

	@Transactional(readOnly = true)
	List<AuditEntry.AuditLine> detailTrail(long commentId) {
		return this.audit.findByCommentIdOrderByCreatedAtAscIdAsc(commentId).stream().map(AuditEntry::toView).toList();
	}

	/**
	 * Applies one action to each comment it fits; the others are left as they are.
	 * @return how many comments changed
	 */
	@Transactional
	int apply(ModerationAction action, Collection<Long> ids, String actor) {
		List<CommentModeration.Change> changes = this.comments.apply(action, ids);
		changes.forEach((c) -> record(c.commentId(), actor, action.slug(), c.from(), c.to()));
		return changes.size();
	}

	/**
	 * Deletes trashed comments for good; comments not in the trash are left alone.
	 * @return how many were deleted
	 */
	@Transactional
	int deleteForGood(Collection<Long> ids, String actor) {
		List<Long> deleted = this.comments.deleteTrashed(ids);
		deleted.forEach((id) -> record(id, actor, "delete", CommentStatus.TRASH, null));
		return deleted.size();
	}

	@Transactional
	void setCommentsOpen(long postId, boolean open, String actor) {
		String slug = this.posts.setCommentsOpen(postId, open).orElseThrow(() -> new UnknownPostException(postId));
		log.info("{} {} comments on post {}", actor, open ? "opened" : "closed", slug);
	}

	/**
	 * Trash older than the given age is deleted for good.
	 */
	@Transactional
	int purgeTrashOlderThan(Duration age) {
		List<Long> old = this.comments.trashedBefore(this.clock.instant().minus(age));
		return old.isEmpty() ? 0 : deleteForGood(old, "system");
	}

	private void record(long commentId, String actor, String action, @Nullable CommentStatus from,
			@Nullable CommentStatus to) {
		this.audit.save(new AuditEntry(commentId, actor, action, from, to, this.clock.instant()));
	}

	/**
	 * A comment with its audit trail.
	 */
	record CommentDetail(QueueItemView comment, List<AuditEntry.AuditLine> trail) {
	}

	static class CommentNotFoundException extends NotFoundException {

		CommentNotFoundException(long id) {
			super("No comment " + id);
		}

	}

	/**
	 * No post with this id, whatever its status: there is nothing to open or close
	 * comments on.
	 */
	static class UnknownPostException extends NotFoundException {

		UnknownPostException(long id) {
			super("No post " + id);
		}

	}

	/**
	 * What the queue page shows.
	 *
	 * @param items one page of the chosen queue
	 * @param pending the comments awaiting moderation
	 */
	record QueuePage(Slice<QueueItemView> items, QueueCount pending) {
	}

}
