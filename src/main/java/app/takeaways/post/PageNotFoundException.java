package app.takeaways.post;

import app.takeaways.common.NotFoundException;

import org.springframework.data.domain.PageRequest;

/**
 * A list page that does not exist, such as page 9 of a blog with 3.
 */
public class PageNotFoundException extends NotFoundException {

	public PageNotFoundException(int page) {
		super("No page " + page);
	}

	/**
	 * The rows of a 1-based page number a reader asked for. Page 0, negative pages and
	 * pages whose first row lies past what a query can skip (2^31 rows) do not exist:
	 * they are not found rather than an overflowing offset.
	 * @param page the page number from the address
	 * @param size rows per page
	 * @return the request for that page
	 * @throws PageNotFoundException when no such page can exist
	 */
	public static PageRequest request(int page, int size) {
		if (page < 1 || (long) (page - 1) * size > Integer.MAX_VALUE - size) {
			throw new PageNotFoundException(page);
		}
		return PageRequest.of(page - 1, size);
	}

}
