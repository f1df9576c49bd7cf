package app.takeaways.post;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Every address under a post's old slug, pages, feeds and JSON alike, redirects
 * permanently to the same address under its current slug. Ordered first so that the API's
 * catch-all error handler never turns a move into a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PostMovedAdvice {

	@ExceptionHandler
	ResponseEntity<Void> moved(PostMovedException moved, HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String target = request.getContextPath()
				+ path.replaceFirst("^(/api)?/posts/[^/]+", "$1/posts/" + moved.newSlug())
				+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : "");
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(target)).build();
	}

}
