package app.takeaways.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A client sent more requests of some kind than the site allows in a while. Rendered as
 * 429.
 */
@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
public abstract class RateLimitedException extends RuntimeException {

	protected RateLimitedException(String message) {
		super(message);
	}

}
