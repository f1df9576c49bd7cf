package app.takeaways.comment;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.takeaways.post.Discussion;
import app.takeaways.post.DiscussionComment;
import app.takeaways.post.PostService;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final MessageSource messages;

	CommentApiController(CommentService comments, PostService posts, MessageSource messages) {
		this.comments = comments;
		this.posts = posts;
		this.messages = messages;
	}

	@GetMapping
	DiscussionJson list(@PathVariable String slug) {
		Discussion discussion = this.posts.discussion(slug);
		String key = discussion.closedReason();
		String code = (key != null) ? key.substring(key.lastIndexOf('.') + 1) : null;
		String text = (key != null) ? this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale()) : null;
		return new DiscussionJson(discussion.count(), discussion.comments(), discussion.open(), key, code, text,
				discussion.closedSince(), discussion.closesAt());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	Created create(@PathVariable String slug, @Valid @RequestBody CommentForm form, @Nullable Principal principal,
			HttpServletRequest request) {
		CommentService.Submitted submitted = this.comments.submit(slug, form, new CommentService.Commenter(
				request.getRemoteAddr(), Optional.ofNullable(principal).map(Principal::getName)));
		return new Created(submitted.id(), submitted.published() ? "published" : "awaiting-moderation");
	}

	record Created(long id, String status) {
	}

	/**
	 * The comments of a post and whether it takes new ones.
	 *
	 * @param count approved comments
	 * @param comments approved comments, oldest first, replies nested
	 * @param open whether the post takes new comments now
	 * @param closedReason deprecated: the message key of the reason (kept for existing
	 * clients); use {@code closedReasonCode}
	 * @param closedReasonCode why comments are closed, a stable code: {@code by-editor},
	 * {@code automatically} or {@code unpublished}; null when open
	 * @param closedReasonText the same for people to read; null when open
	 * @param closedSince when comments closed automatically, if they did
	 * @param closesAt when an open post will close automatically, if it will
	 */
	record DiscussionJson(int count, List<DiscussionComment> comments, boolean open, @Schema(types = {
			"string", "null" }, deprecated = true) @Deprecated @Nullable String closedReason,
			@Schema(types = { "string", "null" },
					allowableValues = { "by-editor", "automatically",
							"unpublished" }) @Nullable String closedReasonCode,
			@Schema(types = { "string", "null" }) @Nullable String closedReasonText,
			@Schema(types = { "string", "null" }, format = "date-time") @Nullable Instant closedSince,
			@Schema(types = { "string", "null" }, format = "date-time") @Nullable Instant closesAt){
	}

}
