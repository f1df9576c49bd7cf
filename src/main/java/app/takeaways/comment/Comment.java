package app.takeaways.comment;

import java.time.Clock;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/**
 * A reader's comment on a post, optionally a reply to another comment. The body is plain
 * text; it is never rendered as HTML.
 */
@Entity
public class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/**
	 * The post commented on, by id: a post is another feature's aggregate (the database
	 * keeps the reference, fk_comment_post, and deletes a post's comments with it).
	 */
	@Column(name = "post_id", nullable = false)
	private Long postId;

	@Column(name = "parent_id")
	private @Nullable Long parentId;

	@Column(name = "account_id")
	private @Nullable Long accountId;

	@Column(name = "author_name", nullable = false, length = 100)
	private String authorName;

	@Column(name = "author_email", nullable = false, length = 254)
	private String authorEmail;

	@Column(name = "author_website", length = 300)
	private @Nullable String authorWebsite;

	@Column(nullable = false, length = 5000)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CommentStatus status;

	@Column(name = "held_by", length = 60)
	private @Nullable String heldBy;

	@Column(name = "client_address", length = 64)
	private @Nullable String clientAddress;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "status_changed_at", nullable = false)
	private Instant statusChangedAt;

	protected Comment() {
	}

	public Comment(long postId, @Nullable Long parentId, String authorName, String authorEmail,
			@Nullable String authorWebsite, String body, Clock clock) {
		this.postId = postId;
		this.parentId = parentId;
		this.authorName = authorName;
		this.authorEmail = authorEmail;
		this.authorWebsite = authorWebsite;
		this.body = body;
		this.status = CommentStatus.PENDING;
		this.createdAt = clock.instant();
		this.statusChangedAt = this.createdAt;
	}

	/**
	 * Makes the comment public.
	 */
	public void approve(Clock clock) {
		changeTo(CommentStatus.APPROVED, clock);
		this.heldBy = null;
	}

	/**
	 * Holds a new comment for moderation because of the named rule.
	 */
	void holdBecause(String rule) {
		this.status = CommentStatus.PENDING;
		this.heldBy = rule;
	}

	/**
	 * Sends a new comment to spam because of the named rule.
	 */
	void spamBecause(String rule) {
		this.status = CommentStatus.SPAM;
		this.heldBy = rule;
	}

	/**
	 * Puts a comment brought in from elsewhere (an import) straight into the status it
	 * had there.
	 */
	void settle(CommentStatus status) {
		this.status = status;
	}

	void writtenBy(long accountId) {
		this.accountId = accountId;
	}

	void sentFrom(@Nullable String address) {
		this.clientAddress = address;
	}

	/**
	 * Moves the comment as a moderator asked; refuses moves that make no sense (such as
	 * restoring a comment that is not in the trash).
	 */
	public void apply(ModerationAction action, Clock clock) {
		if (!action.allowedFrom(this.status)) {
			throw new IllegalTransitionException(action, this.status);
		}
		changeTo(action.target(this.status), clock);
	}

	private void changeTo(CommentStatus next, Clock clock) {
		this.status = next;
		this.statusChangedAt = clock.instant();
	}

	public Long getId() {
		return this.id;
	}

	public Long getPostId() {
		return this.postId;
	}

	public String getAuthorEmail() {
		return this.authorEmail;
	}

	public @Nullable String getHeldBy() {
		return this.heldBy;
	}

	public @Nullable String getClientAddress() {
		return this.clientAddress;
	}

	public Instant getStatusChangedAt() {
		return this.statusChangedAt;
	}

	public @Nullable Long getParentId() {
		return this.parentId;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public @Nullable String getAuthorWebsite() {
		return this.authorWebsite;
	}

	public String getBody() {
		return this.body;
	}

	public CommentStatus getStatus() {
		return this.status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
