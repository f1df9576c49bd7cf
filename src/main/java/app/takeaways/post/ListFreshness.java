package app.takeaways.post;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How many posts a list holds and when it last changed, for HTTP validators.
 *
 * @param count visible posts
 * @param lastUpdated newest change of any of them
 * @param lastPublished newest publication date of any of them
 */
public record ListFreshness(long count, @Nullable Instant lastUpdated, @Nullable Instant lastPublished) {

	/**
	 * The later of the newest change and the newest publication (a scheduled post appears
	 * without being changed); null for an empty list.
	 */
	public @Nullable Instant lastModified() {
		if (this.lastUpdated == null) {
			return this.lastPublished;
		}
		if (this.lastPublished == null) {
			return this.lastUpdated;
		}
		return this.lastUpdated.isAfter(this.lastPublished) ? this.lastUpdated : this.lastPublished;
	}

}
