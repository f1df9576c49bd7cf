package app.takeaways.media;

import app.takeaways.common.NotFoundException;

/**
 * No picture of the library has this hash.
 */
class MediaNotFoundException extends NotFoundException {

	MediaNotFoundException(String hash) {
		super("No picture " + hash);
	}

}
