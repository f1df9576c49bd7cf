package app.takeaways.post;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * What post pages need from the comments feature, which implements it (so comments depend
 * on posts, never the other way round).
 */
public interface DiscussionSource {

	/**
	 * The comment area of a post as a reader sees it at {@code now}.
	 */
	Discussion discussionOf(DiscussedPost post, Instant now);

	/**
	 * Approved-comment counts of the given posts; posts without comments may be missing.
	 */
	Map<Long, Integer> approvedCounts(Collection<Long> postIds);

}
