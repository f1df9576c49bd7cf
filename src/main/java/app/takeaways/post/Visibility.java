package app.takeaways.post;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which posts readers see, written once: a post that is not a draft and whose publication
 * time has come. A scheduled post is one that is not a draft and whose time has not come
 * yet; it appears without anything having to run. The same rule in Java
 * ({@link #at(PostStatus, Instant, Instant)}), in JPQL for a post aliased {@code p} and
 * in SQL for a row of table {@code post} aliased {@code p}; queries take the moment as
 * the parameter {@code :now}. The query texts are compile-time constants, so
 * {@code @Query} annotations and native queries build on them.
 */
public final class Visibility {

	private static final String NOT_DRAFT = "p.status <> app.takeaways.post.PostStatus.DRAFT";

	/**
	 * JPQL: the post {@code p} is visible at {@code :now}.
	 */
	static final String JPQL = NOT_DRAFT + " and p.publishedAt <= :now";

	/**
	 * JPQL: the post {@code p} is scheduled, not a draft and not out yet at {@code :now}.
	 */
	static final String SCHEDULED_JPQL = NOT_DRAFT + " and p.publishedAt > :now";

	/**
	 * SQL: the row {@code p} of table {@code post} is visible at {@code :now} (bound as a
	 * timestamp with time zone).
	 */
	public static final String SQL = "p.status <> 'DRAFT' AND p.published_at <= :now";

	private Visibility() {
	}

	/**
	 * Whether a post in {@code status}, coming out at {@code publishedAt}, is visible to
	 * readers at {@code now}.
	 */
	static boolean at(PostStatus status, @Nullable Instant publishedAt, Instant now) {
		return status != PostStatus.DRAFT && publishedAt != null && !publishedAt.isAfter(now);
	}

}
