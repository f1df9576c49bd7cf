package app.takeaways.moderation;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.takeaways.comment.Comment;
import app.takeaways.comment.CommentRepository;
import app.takeaways.comment.CommentStatus;
import app.takeaways.comment.CommentsChanged;
import app.takeaways.comment.ModerationAction;
import app.takeaways.comment.QueueRow;
import app.takeaways.common.NotFoundException;
import app.takeaways.post.Post;
import app.takeaways.post.PostChanged;
import app.takeaways.post.PostRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
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

	private final CommentRepository comments;

	private final PostRepository posts;

	private final ModerationEventRepository audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ModerationService(CommentRepository comments, PostRepository posts, ModerationEventRepository audit,
			ApplicationEventPublisher events, Clock clock) {
		this.comments = comments;
		this.posts = posts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Slice<QueueItemView> queue(CommentStatus status, @Nullable Long postId, @Nullable String search, int page) {
		String pattern = (search == null || search.isBlank()) ? null : "%"
				+ search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		PageRequest request = PageRequest.of(Math.max(page, 1) - 1, PAGE_SIZE);
		Slice<QueueRow> found;
		if (pattern != null) {
			found = this.comments.findQueueMatching(status, postId, pattern, request);
		}
		else if (postId != null) {
			found = this.comments.findQueueOfPost(status, postId, request);
		}
		else {
			found = this.comments.findQueue(status, request);
		}
		return found.map(QueueItemView::of);
	}

	/**
	 * Counts shown on the tabs: only the pending queue, which stays small when moderated;
	 * counting every approved comment on each visit would grow with the blog.
	 * @param pending the pending count when this request already has it (the navigation
	 * badge), so a page counts once
	 */
	@Transactional(readOnly = true)
	Map<CommentStatus, QueueCount> counts(@Nullable QueueCount pending) {
		Map<CommentStatus, QueueCount> counts = new EnumMap<>(CommentStatus.class);
		counts.put(CommentStatus.PENDING, (pending != null) ? pending : pendingCount());
		return counts;
	}

	/**
	 * Comments awaiting moderation, counted up to {@link #COUNT_CAP} so the cost stays
	 * bounded when a spam wave fills the queue.
	 */
	@Transactional(readOnly = true)
	QueueCount pendingCount() {
		long counted = this.comments.countByStatusUpTo(CommentStatus.PENDING.name(), COUNT_CAP);
		return new QueueCount(counted, counted >= COUNT_CAP);
	}

	@Transactional(readOnly = true)
	CommentDetail detail(long id) {
		QueueRow comment = this.comments.findQueueRowsById(List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new CommentNotFoundException(id));
		return new CommentDetail(QueueItemView.of(comment), detailTrail(id));
	}

	@Transactional(readOnly = true)
	List<ModerationEvent.AuditLine> detailTrail(long commentId) {
		return this.audit.findByCommentIdOrderByCreatedAtAscIdAsc(commentId)
			.stream()
			.map(ModerationEvent::toView)
			.toList();
	}

	/**
	 * Applies one action to each comment it fits; the others are left as they are.
	 * @return how many comments changed
	 */
	@Transactional
	int apply(ModerationAction action, Collection<Long> ids, String actor) {
		int changed = 0;
		for (Comment comment : this.comments.findAllWithPostById(ids)) {
			CommentStatus before = comment.getStatus();
			if (!action.allowedFrom(before)) {
				continue;
			}
			comment.apply(action, this.clock);
			record(comment.getId(), actor, action.slug(), before, comment.getStatus());
			announce(comment, before);
			changed++;
		}
		return changed;
	}

	/**
	 * Deletes trashed comments for good; comments not in the trash are left alone.
	 * @return how many were deleted
	 */
	@Transactional
	int deleteForGood(Collection<Long> ids, String actor) {
		int deleted = 0;
		for (Comment comment : this.comments.findAllWithPostById(ids)) {
			if (comment.getStatus() != CommentStatus.TRASH) {
				continue;
			}
			record(comment.getId(), actor, "delete", CommentStatus.TRASH, null);
			this.comments.delete(comment);
			deleted++;
		}
		return deleted;
	}

	@Transactional
	void setCommentsOpen(long postId, boolean open, String actor) {
		Post post = this.posts.findById(postId).orElseThrow(() -> new CommentNotFoundException(postId));
		if (open) {
			post.openComments();
		}
		else {
			post.closeComments();
		}
		this.events.publishEvent(new PostChanged(postId, Set.of(post.getSlug()), false));
		log.info("{} {} comments on post {}", actor, open ? "opened" : "closed", post.getSlug());
	}

	/**
	 * Trash older than the given age is deleted for good.
	 */
	@Transactional
	int purgeTrashOlderThan(Duration age) {
		List<Long> old = this.comments.findTrashedBefore(this.clock.instant().minus(age));
		return old.isEmpty() ? 0 : deleteForGood(old, "system");
	}

	private void record(long commentId, String actor, String action, @Nullable CommentStatus from,
			@Nullable CommentStatus to) {
		this.audit.save(new ModerationEvent(commentId, actor, action, from, to, this.clock.instant()));
	}

	private void announce(Comment comment, CommentStatus before) {
		if (comment.getStatus() == CommentStatus.APPROVED || before == CommentStatus.APPROVED) {
			this.events.publishEvent(new CommentsChanged(comment.getPost().getId()));
		}
	}

	/**
	 * A comment with its audit trail.
	 */
	record CommentDetail(QueueItemView comment, List<ModerationEvent.AuditLine> trail) {
	}

	static class CommentNotFoundException extends NotFoundException {

		CommentNotFoundException(long id) {
			super("No comment or post " + id);
		}

	}

}
