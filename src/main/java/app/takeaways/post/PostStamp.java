package app.takeaways.post;

import java.time.Instant;

/**
 * Where a visible post lives and when it last changed, for the sitemap.
 */
public record PostStamp(String slug, Instant updatedAt, Instant publishedAt) {

	/**
	 * The later of the last edit and the publication date.
	 */
	public Instant lastModified() {
		return this.updatedAt.isAfter(this.publishedAt) ? this.updatedAt : this.publishedAt;
	}

}
