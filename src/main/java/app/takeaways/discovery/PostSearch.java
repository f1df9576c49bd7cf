package app.takeaways.discovery;

import java.time.Instant;
import java.util.List;

/**
 * Finds the visible posts that match a query, best first. One implementation per
 * database; each runs a single statement per page and counts nothing: the caller asks for
 * one more than a page to learn whether another page follows.
 */
interface PostSearch {

	/**
	 * @return ids of at most {@code limit} matching posts from {@code offset} on, best
	 * first
	 */
	List<Long> find(SearchQuery query, Instant now, int offset, int limit);

}
