package app.takeaways.comment;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import app.takeaways.account.Authors;
import app.takeaways.post.DiscussedPost;
import app.takeaways.post.PostPage;
import app.takeaways.post.PostService;
import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes new comments, from the form and the JSON API alike: refuses them on posts that do
 * not take comments, limits how often one address may post, and runs the checks that hold
 * a comment or mark it as spam. Each request reads the post once and asks the
 * {@link CommentPolicy} once.
 */
@Service
public class CommentService {

	private final CommentRepository comments;

	private final PostService posts;

	private final Authors accounts;

	private final CommentPolicy policy;

	private final List<CommentCheck> checks;

	private final DiscussionSettingsStore settings;

	private final CommentRateLimiter rateLimiter;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final MeterRegistry meters;

	private final TransactionTemplate transactions;

	CommentService(CommentRepository comments, PostService posts, Authors accounts, CommentPolicy policy,
			List<CommentCheck> checks, DiscussionSettingsStore settings, CommentRateLimiter rateLimiter,
			ApplicationEventPublisher events, Clock clock, MeterRegistry meters, TransactionTemplate transactions) {
		this.meters = meters;
		this.transactions = transactions;
		this.comments = comments;
		this.posts = posts;
		this.accounts = accounts;
		this.policy = policy;
		this.checks = checks;
		this.settings = settings;
		this.rateLimiter = rateLimiter;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The page of a visible post that takes comments, to show its comment form again
	 * (with errors, or to confirm a comment): refuses as {@link #submit} would. The post
	 * is read once, with its page; the policy is asked once, for its discussion.
	 * @throws CommentsClosedException when the post does not take comments
	 */
	@Transactional(readOnly = true)
	public PostPage openPage(String slug) {
		PostPage page = this.posts.visiblePage(slug).orElseThrow(() -> unpublished(slug));
		if (!page.discussion().open()) {
			String reason = page.discussion().closedReason();
			throw (reason != null) ? new CommentsClosedException(slug, reason) : unpublished(slug);
		}
		return page;
	}

	/**
	 * Stores a comment on the post with this slug, or refuses it and stores nothing. A
	 * closed post is refused whatever was sent, even without the name and email a reader
	 * who is not signed in must give. An anonymous reader's allowance is taken before the
	 * transaction begins, so no database connection is held while the shared bucket is
	 * locked; then the post is read and the policy asked once, and the comment inserted.
	 * @throws CommentsClosedException when the post does not take comments
	 * @throws MissingAuthorException when a reader gave no name or email
	 * @throws TooManyCommentsException when the address is over its limit
	 */
	public Submitted submit(String slug, CommentForm form, Commenter commenter) {
		boolean anonymous = commenter.username().isEmpty();
		if (anonymous && !form.missingForReaders().isEmpty()) {
			openPost(slug);
			throw new MissingAuthorException();
		}
		if (anonymous && !this.rateLimiter.tryAcquire(commenter.address())) {
			this.meters.counter("takeaways.comments.refused", "reason", "rate-limit").increment();
			throw new TooManyCommentsException(commenter.address());
		}
		Submitted submitted = this.transactions.execute((tx) -> store(slug, form, commenter));
		this.meters.counter("takeaways.comments.posted", "status", submitted.status().name().toLowerCase(Locale.ROOT))
			.increment();
		return submitted;
	}

	private DiscussedPost openPost(String slug) {
		DiscussedPost post = this.posts.discussed(slug).orElseThrow(() -> unpublished(slug));
		CommentPolicy.Decision decision = this.policy.check(post, this.clock.instant());
		if (!decision.open()) {
			throw new CommentsClosedException(slug, decision.reason());
		}
		return post;
	}

	private static CommentsClosedException unpublished(String slug) {
		return new CommentsClosedException(slug, "comments.closed.unpublished");
	}

	private Submitted store(String slug, CommentForm form, Commenter commenter) {
		Optional<Authors.Author> account = commenter.username().flatMap(this.accounts::byUsername);
		DiscussedPost post;
		try {
			post = openPost(slug);
		}
		catch (CommentsClosedException ex) {
			this.meters.counter("takeaways.comments.refused", "reason", "closed").increment();
			throw ex;
		}
		Comment comment = account.map((a) -> byAccount(post, form, a)).orElseGet(() -> byReader(post, form));
		comment.sentFrom(commenter.address());
		this.comments.save(comment);
		if (comment.getStatus() == CommentStatus.APPROVED) {
			this.events.publishEvent(new CommentsChanged(post.id()));
		}
		return new Submitted(comment.getId(), comment.getStatus());
	}

	private Comment byAccount(DiscussedPost post, CommentForm form, Authors.Author account) {
		Comment comment = new Comment(post.id(), parentOn(post, form.parentId()), account.displayName(), "", null,
				form.text(), this.clock);
		comment.writtenBy(account.id());
		comment.approve(this.clock);
		return comment;
	}

	private Comment byReader(DiscussedPost post, CommentForm form) {
		String email = form.email().toLowerCase(Locale.ROOT);
		String website = form.website().isEmpty() ? null : form.website();
		Comment comment = new Comment(post.id(), parentOn(post, form.parentId()), form.name(), email, website,
				form.text(), this.clock);
		CommentCheck.NewComment candidate = new CommentCheck.NewComment(form.name(), email, form.website(), form.text(),
				form.homepage());
		DiscussionRules rules = this.settings.get();
		Optional<CommentCheck.Verdict> verdict = this.checks.stream()
			.map((check) -> check.check(candidate, rules))
			.flatMap(Optional::stream)
			.findFirst();
		verdict.ifPresentOrElse((v) -> {
			if (v.status() == CommentStatus.SPAM) {
				comment.spamBecause(v.rule());
			}
			else {
				comment.holdBecause(v.rule());
			}
		}, () -> comment.approve(this.clock));
		return comment;
	}

	/**
	 * A reply hangs under its parent only when the parent is a public comment of the same
	 * post; otherwise it starts a thread of its own.
	 */
	private @Nullable Long parentOn(DiscussedPost post, @Nullable Long parentId) {
		if (parentId == null) {
			return null;
		}
		return this.comments.findById(parentId)
			.filter((parent) -> parent.getPostId() == post.id())
			.filter((parent) -> parent.getStatus() == CommentStatus.APPROVED)
			.map(Comment::getId)
			.orElse(null);
	}

	/**
	 * Who sends a comment: their address, and their username when signed in.
	 */
	public record Commenter(String address, Optional<String> username) {
	}

	/**
	 * A stored comment and where it ended up.
	 */
	public record Submitted(long id, CommentStatus status) {

		public boolean published() {
			return this.status == CommentStatus.APPROVED;
		}

	}

}
