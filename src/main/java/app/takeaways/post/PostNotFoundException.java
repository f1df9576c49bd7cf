package app.takeaways.post;

import app.takeaways.common.NotFoundException;

/**
 * No post readers can see at this address: unknown, a draft, or scheduled for later.
 */
public class PostNotFoundException extends NotFoundException {

	public PostNotFoundException(String slug) {
		super("No visible post " + slug);
	}

}
