package app.takeaways.moderation;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.takeaways.common.web.AdminLayout;
import app.takeaways.comment.CommentStatus;
import app.takeaways.comment.ModerationAction;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The moderation queue at {@code /admin/comments}: tabs per status, filters, and actions
 * on one or many comments.
 */
@AdminLayout
@Controller
@RequestMapping("/admin")
class ModerationController {

	private final ModerationService moderation;

	ModerationController(ModerationService moderation) {
		this.moderation = moderation;
	}

	@GetMapping("/comments")
	String queue(@RequestParam(defaultValue = "pending") String status,
			@RequestParam(required = false) @Nullable Long post, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
		CommentStatus current = statusOf(status);
		model.addAttribute("section", "comments");
		model.addAttribute("status", current);
		model.addAttribute("statuses", CommentStatus.values());
		ModerationService.QueuePage queue = this.moderation.page(current, post, q, page);
		model.addAttribute("counts", Map.of(CommentStatus.PENDING, queue.pending()));
		// The navigation badge shows the same count, so PendingCommentsBadge need not
		// count again.
		model.addAttribute(PendingCommentsBadge.PENDING_COMMENTS, queue.pending());
		model.addAttribute("items", queue.items());
		model.addAttribute("post", post);
		model.addAttribute("q", q);
		model.addAttribute("actions", actionsFor(current));
		model.addAttribute("back",
				request.getRequestURI() + ((request.getQueryString() != null) ? "?" + request.getQueryString() : ""));
		return "moderation/queue";
	}

	@GetMapping("/comments/{id:\\d+}")
	String detail(@PathVariable long id, Model model) {
		ModerationService.CommentDetail detail = this.moderation.detail(id);
		model.addAttribute("section", "comments");
		model.addAttribute("comment", detail.comment());
		model.addAttribute("trail", detail.trail());
		model.addAttribute("actions", actionsFor(detail.comment().status()));
		return "moderation/detail";
	}

	/**
	 * One action on the checked comments (or one comment's own buttons), then back to
	 * where the admin was.
	 */
	@PostMapping("/comments/bulk")
	String bulk(@RequestParam String action, @RequestParam(name = "ids", required = false) @Nullable List<Long> ids,
			@RequestParam(required = false) @Nullable String back, Principal admin, RedirectAttributes flash) {
		List<Long> chosen = (ids != null) ? ids : List.of();
		if (chosen.isEmpty()) {
			flash.addFlashAttribute("problem", "moderation.none-selected");
			return "redirect:" + safeBack(back);
		}
		int changed = "delete".equals(action) ? this.moderation.deleteForGood(chosen, admin.getName())
				: this.moderation.apply(actionOf(action), chosen, admin.getName());
		flash.addFlashAttribute("notice", (changed > 0) ? "moderation.done" : "moderation.nothing-changed");
		flash.addFlashAttribute("changed", changed);
		return "redirect:" + safeBack(back);
	}

	@PostMapping("/posts/{postId}/comments")
	String openOrClose(@PathVariable long postId, @RequestParam boolean open,
			@RequestParam(required = false) @Nullable String back, Principal admin, RedirectAttributes flash) {
		this.moderation.setCommentsOpen(postId, open, admin.getName());
		flash.addFlashAttribute("notice", open ? "moderation.opened" : "moderation.closed");
		return "redirect:" + safeBack(back);
	}

	private static List<String> actionsFor(CommentStatus status) {
		List<String> actions = new java.util.ArrayList<>();
		for (ModerationAction action : ModerationAction.values()) {
			if (action.allowedFrom(status)) {
				actions.add(action.slug());
			}
		}
		if (status == CommentStatus.TRASH) {
			actions.add("delete");
		}
		return actions;
	}

	private static CommentStatus statusOf(String status) {
		try {
			return CommentStatus.valueOf(status.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new UnknownStatusException(status);
		}
	}

	private static ModerationAction actionOf(String action) {
		try {
			return ModerationAction.fromSlug(action);
		}
		catch (IllegalArgumentException ex) {
			throw new UnknownStatusException(action);
		}
	}

	/**
	 * Only addresses inside the admin area are followed back, never another site.
	 */
	private static String safeBack(@Nullable String back) {
		if (back != null && back.startsWith("/admin/") && !back.startsWith("//")) {
			return UriComponentsBuilder.fromUriString(back).build().toUriString();
		}
		return "/admin/comments";
	}

	@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.BAD_REQUEST)
	static class UnknownStatusException extends RuntimeException {

		UnknownStatusException(String value) {
			super("Unknown status or action " + value);
		}

	}

}
