package app.takeaways.moderation;

import app.takeaways.common.web.AdminLayout;
import app.takeaways.common.web.Viewer;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.LazyContextVariable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The pending-comments badge in the admin navigation, for admins on admin and editor
 * screens. Counted when the page is rendered and shows it (a {@link QueueCount}, in its
 * own transaction), unless the page's controller has put the count in the model itself,
 * as the moderation queue does with the count it reads beside its rows.
 */
@ControllerAdvice(annotations = AdminLayout.class)
class ModerationNavAdvice {

	/** The model attribute the admin layout's badge reads. */
	static final String PENDING_COMMENTS = "pendingComments";

	private final ObjectProvider<ModerationService> moderation;

	/**
	 * Takes the service lazily, so web slice tests that do not load it still render admin
	 * pages (without the badge).
	 */
	ModerationNavAdvice(ObjectProvider<ModerationService> moderation) {
		this.moderation = moderation;
	}

	@ModelAttribute(PENDING_COMMENTS)
	@Nullable LazyContextVariable<QueueCount> pendingComments() {
		ModerationService service = Viewer.current().admin() ? this.moderation.getIfAvailable() : null;
		return (service != null) ? new PendingCount(service) : null;
	}

	/**
	 * The count, read the first time the page asks for it.
	 */
	private static final class PendingCount extends LazyContextVariable<QueueCount> {

		private final ModerationService service;

		PendingCount(ModerationService service) {
			this.service = service;
		}

		@Override
		protected QueueCount loadValue() {
			return this.service.pendingCount();
		}

	}

}
