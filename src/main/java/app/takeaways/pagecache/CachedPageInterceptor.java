package app.takeaways.pagecache;

import java.util.Map;

import app.takeaways.common.CachedPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Reads {@link CachedPage} on the handler a request goes to and tells
 * {@link PageCacheFilter} what the answer shows: a list, or the post at the address in
 * the path variable the annotation names. The filter decides afterwards whether the
 * answer is kept (a 200 to an anonymous reader).
 */
class CachedPageInterceptor implements HandlerInterceptor {

	static final String SHOWS = CachedPageInterceptor.class.getName() + ".shows";

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			CachedPage cached = method.getMethodAnnotation(CachedPage.class);
			if (cached != null) {
				request.setAttribute(SHOWS, showsOf(cached, request));
			}
		}
		return true;
	}

	private static Shows showsOf(CachedPage cached, HttpServletRequest request) {
		if (cached.value() == CachedPage.Shows.LIST) {
			return new Shows(null);
		}
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		String slug = (variables != null) ? variables.get(cached.slug()) : null;
		if (slug == null) {
			throw new IllegalStateException("@CachedPage(POST) names no path variable '" + cached.slug() + "'");
		}
		return new Shows(slug);
	}

	/**
	 * What an answer shows.
	 *
	 * @param slug the address of the post shown, or null for a list
	 */
	record Shows(@Nullable String slug) {
	}

}
