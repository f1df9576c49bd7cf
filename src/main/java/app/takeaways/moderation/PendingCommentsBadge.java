package app.takeaways.moderation;

import app.takeaways.common.web.AdminLayout;
import app.takeaways.common.web.Viewer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * The pending-comments badge in the admin navigation, for admins on the pages of
 * controllers marked {@link AdminLayout} (the pages whose model holds the layout's
 * {@link Viewer}): counted once the handler has run and before the page renders, so that
 * a database that cannot be reached gets the same 503 page as in a handler. Not counted
 * when the handler redirects, nor when it put the count in the model itself, as the
 * moderation queue does with the count it reads beside its rows (one transaction for
 * both).
 */
class PendingCommentsBadge implements HandlerInterceptor {

	/** The model attribute the admin layout's badge reads. */
	static final String PENDING_COMMENTS = "pendingComments";

	private final ObjectProvider<ModerationService> moderation;

	/**
	 * Takes the service lazily, so web slice tests that do not load it still render admin
	 * pages (without the badge).
	 */
	PendingCommentsBadge(ObjectProvider<ModerationService> moderation) {
		this.moderation = moderation;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		if (page == null || redirects(page) || page.getModel().containsKey(PENDING_COMMENTS)
				|| !(page.getModel().get(Viewer.ATTRIBUTE) instanceof Viewer viewer) || !viewer.admin()) {
			return;
		}
		ModerationService service = this.moderation.getIfAvailable();
		if (service != null) {
			page.addObject(PENDING_COMMENTS, service.pendingCount());
		}
	}

	private static boolean redirects(ModelAndView page) {
		String name = page.getViewName();
		return name != null && name.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX);
	}

}
