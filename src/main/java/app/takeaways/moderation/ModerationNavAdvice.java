package app.takeaways.moderation;

import app.takeaways.common.web.AdminLayout;
import app.takeaways.common.web.Viewer;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
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
		ModerationService service = Viewer.current().admin() ? this.moderation.getIfAvailable() : null;
		return (service != null) ? service.pendingCount() : null;
	}

}
