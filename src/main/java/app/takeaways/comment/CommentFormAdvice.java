package app.takeaways.comment;

import app.takeaways.post.ShowsPostPage;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Gives the controllers that render post pages (the post's own, the editor's preview:
 * those marked {@link ShowsPostPage}) an empty comment form; {@code ?replyTo=ID} starts
 * it as a reply. The comment controller binds its own form.
 */
@ControllerAdvice(annotations = ShowsPostPage.class)
class CommentFormAdvice {

	@ModelAttribute("commentForm")
	CommentForm commentForm(@RequestParam(name = "replyTo", required = false) @Nullable Long replyTo) {
		return CommentForm.empty(replyTo);
	}

	/**
	 * Whether the page is the one every anonymous reader shares (from the page cache):
	 * then its form carries no CSRF token, which would be one reader's, and a comment
	 * posted from it is confirmed once with a token of the reader's own.
	 */
	@ModelAttribute("sharedPage")
	boolean sharedPage(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) && request.getSession(false) == null
				&& request.getUserPrincipal() == null;
	}

}
