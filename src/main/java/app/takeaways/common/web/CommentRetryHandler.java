package app.takeaways.common.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * A comment posted from a page that carried no valid CSRF token (open post pages are
 * shared from the page cache, so they carry none for anonymous readers) is refused with
 * 403 and nothing stored; the reader gets the form back, filled in, with a token, and
 * posts it again with one click. Works without JavaScript.
 */
class CommentRetryHandler implements AccessDeniedHandler {

	private static final Pattern COMMENTS = Pattern.compile("/posts/[^/]+/comments");

	private final AccessDeniedHandler otherwise = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!(denied instanceof CsrfException) || response.isCommitted() || !COMMENTS.matcher(path).matches()) {
			this.otherwise.handle(request, response, denied);
			return;
		}
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		request.getRequestDispatcher(path + "/confirm").forward(request, response);
	}

}
