package app.takeaways.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that is understood but not allowed by a rule of the site, such as a comment
 * on a closed post. Rendered as 403; {@link #messageKey()} says why.
 */
@ResponseStatus(HttpStatus.FORBIDDEN)
public abstract class RefusedException extends RuntimeException {

	private final String messageKey;

	protected RefusedException(String messageKey, String message) {
		super(message);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
