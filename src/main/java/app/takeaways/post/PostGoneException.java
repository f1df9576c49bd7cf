package app.takeaways.post;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The post at this address was deleted; answered with 410 Gone.
 */
@ResponseStatus(HttpStatus.GONE)
class PostGoneException extends RuntimeException {

	PostGoneException(String slug) {
		super("Deleted post " + slug);
	}

}
