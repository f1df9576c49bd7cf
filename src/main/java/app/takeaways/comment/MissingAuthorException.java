package app.takeaways.comment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A reader's comment without a name or email.
 */
@ResponseStatus(value = HttpStatus.BAD_REQUEST, reason = "A name and an email are required")
class MissingAuthorException extends RuntimeException {

	MissingAuthorException() {
		super("A name and an email are required");
	}

}
