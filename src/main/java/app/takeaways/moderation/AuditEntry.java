package app.takeaways.moderation;

import java.time.Instant;

import app.takeaways.comment.CommentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail: who did what to which comment, from which status to which.
 */
@Entity
@Table(name = "moderation_event")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "comment_id", nullable = false)
	private long commentId;

	@Column(nullable = false, length = 60)
	private String actor;

	@Column(nullable = false, length = 30)
	private String action;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20)
	private @Nullable CommentStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", length = 20)
	private @Nullable CommentStatus toStatus;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected AuditEntry() {
	}

	AuditEntry(long commentId, String actor, String action, @Nullable CommentStatus fromStatus,
			@Nullable CommentStatus toStatus, Instant createdAt) {
		this.commentId = commentId;
		this.actor = actor;
		this.action = action;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.createdAt = createdAt;
	}

	AuditLine toView() {
		return new AuditLine(this.actor, this.action, this.fromStatus, this.toStatus, this.createdAt);
	}

	/**
	 * An audit line as the detail page shows it.
	 */
	record AuditLine(String actor, String action, @Nullable CommentStatus from, @Nullable CommentStatus to,
			Instant at) {
	}

}
