package app.takeaways.comment;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Gives post pages (and the editor's preview of them) an empty comment form;
 * {@code ?replyTo=ID} starts it as a reply.
 */
@ControllerAdvice(basePackages = { "app.takeaways.post", "app.takeaways.editor" })
class CommentFormAdvice {

	@ModelAttribute("commentForm")
	CommentForm commentForm(@RequestParam(name = "replyTo", required = false) @Nullable Long replyTo) {
		return CommentForm.empty(replyTo);
	}

}
