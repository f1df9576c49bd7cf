package app.takeaways.discovery;

import java.time.Instant;
import java.util.List;

/**
 * Finds the visible posts that match a query, best first. One implementation per
 * database; each runs a single statement per page.
 */
interface PostSearch {

	Hits find(SearchQuery query, Instant now, int offset, int limit);

	/**
	 * @param ids matching posts on this page, best first
	 * @param total matching posts on all pages; 0 when this page is empty
	 */
	record Hits(List<Long> ids, long total) {
	}

}
