package app.takeaways.post;

import app.takeaways.common.NotFoundException;

/**
 * No tag at this address, or one that only drafts carry.
 */
public class TagNotFoundException extends NotFoundException {

	public TagNotFoundException(String slug) {
		super("No tag with visible posts " + slug);
	}

}
