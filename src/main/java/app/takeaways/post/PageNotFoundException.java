package app.takeaways.post;

import app.takeaways.common.NotFoundException;

/**
 * A list page that does not exist, such as page 9 of a blog with 3.
 */
public class PageNotFoundException extends NotFoundException {

	public PageNotFoundException(int page) {
		super("No page " + page);
	}

}
