package app.takeaways.comment;

import app.takeaways.common.RateLimitedException;

/**
 * One client address sent more comments than the rate limit allows. Nothing is stored.
 */
public class TooManyCommentsException extends RateLimitedException {

	TooManyCommentsException(String address) {
		super("Comment rate limit reached for " + address);
	}

}
