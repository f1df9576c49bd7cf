package app.takeaways.comment;

import java.security.Principal;
import java.util.Optional;

import app.takeaways.post.PostPageModel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The comment form under a post: stores the comment, or shows the form again with what
 * was typed and why it was not accepted.
 */
@Controller
class CommentController {

	private static final Logger log = LoggerFactory.getLogger(CommentController.class);

	private final CommentService comments;

	private final PostPageModel pages;

	CommentController(CommentService comments, PostPageModel pages) {
		this.comments = comments;
		this.pages = pages;
	}

	@PostMapping("/posts/{slug}/comments")
	String submit(@PathVariable String slug, @Valid @ModelAttribute("commentForm") CommentForm form,
			BindingResult errors, @Nullable Principal principal, HttpServletRequest request, Model model,
			RedirectAttributes flash) {
		if (principal == null) {
			requireForReaders(form, errors);
		}
		if (errors.hasErrors()) {
			// a closed post answers 403 whatever was sent; submit checks it for valid
			// forms
			model.addAllAttributes(this.pages.of(this.comments.openPage(slug)));
			return "post/show";
		}
		CommentService.Submitted submitted = this.comments.submit(slug, form, new CommentService.Commenter(
				request.getRemoteAddr(), Optional.ofNullable(principal).map(Principal::getName)));
		if (submitted.published()) {
			return "redirect:/posts/{slug}#comment-" + submitted.id();
		}
		flash.addFlashAttribute("commentNotice", "comments.held");
		return "redirect:/posts/{slug}#comments";
	}

	/**
	 * Where a comment posted without a valid CSRF token lands (forwarded by the security
	 * configuration, already refused with 403): the post page with the comment as typed
	 * and a fresh token, to post it again. Stores nothing.
	 */
	@PostMapping("/posts/{slug}/comments/confirm")
	ModelAndView confirm(@PathVariable String slug, @ModelAttribute("commentForm") CommentForm form) {
		ModelAndView view = new ModelAndView("post/show", HttpStatus.FORBIDDEN);
		view.addAllObjects(this.pages.of(this.comments.openPage(slug)));
		view.addObject("confirmComment", true);
		return view;
	}

	private static void requireForReaders(CommentForm form, BindingResult errors) {
		form.missingForReaders().forEach((field) -> errors.rejectValue(field, "comment." + field + ".required"));
	}

	@ExceptionHandler(CommentsClosedException.class)
	ModelAndView closed(CommentsClosedException ex) {
		log.debug("Comment refused: {}", ex.getMessage());
		ModelAndView view = new ModelAndView("comment/closed", HttpStatus.FORBIDDEN);
		view.addObject("reason", ex.messageKey());
		return view;
	}

	@ExceptionHandler(TooManyCommentsException.class)
	ModelAndView tooMany(TooManyCommentsException ex) {
		log.debug("Comment refused: {}", ex.getMessage());
		return new ModelAndView("comment/too-many", HttpStatus.TOO_MANY_REQUESTS);
	}

}
