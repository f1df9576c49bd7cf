package app.takeaways.moderation;

import app.takeaways.common.web.AdminLayout;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The pending-comments badge in the admin navigation, for admins on admin and editor
 * screens.
 */
@ControllerAdvice(annotations = AdminLayout.class)
class ModerationNavAdvice {

	private final ObjectProvider<ModerationService> moderation;

	/**
	 * Takes the service lazily, so web slice tests that do not load it still render admin
	 * pages (without the badge).
	 */
	ModerationNavAdvice(ObjectProvider<ModerationService> moderation) {
		this.moderation = moderation;
	}

	@ModelAttribute("pendingComments")
	@Nullable QueueCount pendingComments() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean admin = auth != null
				&& auth.getAuthorities().stream().anyMatch((a) -> "ROLE_ADMIN".equals(a.getAuthority()));
		ModerationService service = admin ? this.moderation.getIfAvailable() : null;
		return (service != null) ? service.pendingCount() : null;
	}

}
