package app.takeaways.transfer.wordpress;

/**
 * A file that is not a readable WordPress export; the message says why, for the report.
 */
public class WxrException extends RuntimeException {

	public WxrException(String message) {
		super(message);
	}

	public WxrException(String message, Throwable cause) {
		super(message, cause);
	}

}
