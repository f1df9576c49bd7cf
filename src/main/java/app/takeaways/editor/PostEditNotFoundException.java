package app.takeaways.editor;

import app.takeaways.common.NotFoundException;

/**
 * No post (or revision) with this id in the editor.
 */
class PostEditNotFoundException extends NotFoundException {

	PostEditNotFoundException(long id) {
		super("No post " + id);
	}

}
