package app.takeaways.comment;

import java.security.Principal;
import java.util.Optional;

import app.takeaways.post.Discussion;
import app.takeaways.post.PostService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Comments of a post as JSON, and posting one (same rules as the form; needs the CSRF
 * token like every other POST).
 */
@RestController
@RequestMapping("/api/posts/{slug}/comments")
class CommentApiController {

	private final CommentService comments;

	private final PostService posts;

	CommentApiController(CommentService comments, PostService posts) {
		this.comments = comments;
		this.posts = posts;
	}

	@GetMapping
	Discussion list(@PathVariable String slug) {
		return this.posts.show(slug).discussion();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Created create(@PathVariable String slug, @Valid @RequestBody CommentForm form, @Nullable Principal principal,
			HttpServletRequest request) {
		this.comments.ensureOpen(slug);
		if (principal == null && (form.name().isEmpty() || form.email().isEmpty())) {
			throw new MissingAuthorException();
		}
		CommentService.Submitted submitted = this.comments.submit(slug, form, new CommentService.Commenter(
				request.getRemoteAddr(), Optional.ofNullable(principal).map(Principal::getName)));
		return new Created(submitted.id(), submitted.published() ? "published" : "awaiting-moderation");
	}

	record Created(long id, String status) {
	}

}
