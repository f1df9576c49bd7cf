package app.takeaways.editor;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A post as one save left it: who saved, when, why, and the whole content as a JSON
 * {@link PostSnapshot}.
 */
@Entity
@Table(name = "post_revision")
class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "post_id", nullable = false)
	private long postId;

	@Column(name = "revision_number", nullable = false)
	private int number;

	@Column(nullable = false, length = 60)
	private String author;

	@Column(nullable = false, length = 200)
	private String note;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private String snapshot;

	protected Revision() {
	}

	Revision(long postId, int number, String author, String note, Instant createdAt, String snapshot) {
		this.postId = postId;
		this.number = number;
		this.author = author;
		this.note = note;
		this.createdAt = createdAt;
		this.snapshot = snapshot;
	}

	long getPostId() {
		return this.postId;
	}

	int getNumber() {
		return this.number;
	}

	String getAuthor() {
		return this.author;
	}

	String getNote() {
		return this.note;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	String getSnapshot() {
		return this.snapshot;
	}

	RevisionView toView() {
		return new RevisionView(this.number, this.author, this.note, this.createdAt);
	}

}
