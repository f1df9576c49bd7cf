package app.takeaways.comment;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Gives post pages an empty comment form; {@code ?replyTo=ID} starts it as a reply.
 */
@ControllerAdvice(basePackages = "app.takeaways.post")
class CommentFormAdvice {

	@ModelAttribute("commentForm")
	CommentForm commentForm(@RequestParam(name = "replyTo", required = false) @Nullable Long replyTo) {
		return CommentForm.empty(replyTo);
	}

}
