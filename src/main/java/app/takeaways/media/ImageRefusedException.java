package app.takeaways.media;

/**
 * An upload that is not a picture the library takes; the message key says why, in words
 * an editor understands.
 */
class ImageRefusedException extends RuntimeException {

	private final String messageKey;

	ImageRefusedException(String messageKey) {
		super("Picture refused: " + messageKey);
		this.messageKey = messageKey;
	}

	ImageRefusedException(String messageKey, Throwable cause) {
		super("Picture refused: " + messageKey, cause);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
