package app.takeaways.post;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An address a post no longer uses: it moved to another slug ({@code postId} set,
 * answered with 301), or the post was deleted ({@code postId} empty, answered with 410).
 * Deleting a post empties {@code postId} of its older slugs too (foreign key on delete
 * set null).
 */
@Entity
@Table(name = "retired_slug")
class RetiredSlug {

	@Id
	@Column(length = 160)
	private String slug;

	@Column(name = "post_id")
	private @Nullable Long postId;

	@Column(name = "retired_at", nullable = false)
	private Instant retiredAt;

	protected RetiredSlug() {
	}

	RetiredSlug(String slug, @Nullable Long postId, Instant retiredAt) {
		this.slug = slug;
		this.postId = postId;
		this.retiredAt = retiredAt;
	}

	String getSlug() {
		return this.slug;
	}

	@Nullable Long getPostId() {
		return this.postId;
	}

}
