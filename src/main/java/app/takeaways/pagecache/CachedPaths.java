package app.takeaways.pagecache;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import app.takeaways.common.CachedPage;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The addresses of handlers marked {@link CachedPage}, read once from the MVC mappings,
 * so {@link PageCacheFilter} looks into the cache only for requests that may be kept and
 * leaves every other request untouched. A list may be asked for a page number
 * ({@code ?page=2}); a post's answers take no query string.
 */
class CachedPaths {

	private static final Pattern PAGE_QUERY = Pattern.compile("page=\\d{1,6}");

	private final Supplier<List<Marked>> marked;

	CachedPaths(Supplier<List<RequestMappingHandlerMapping>> mappings) {
		this.marked = SingletonSupplier.of(() -> read(mappings.get()));
	}

	boolean mayBeCached(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		String query = request.getQueryString();
		for (Marked candidate : this.marked.get()) {
			if (candidate.pattern().matches(path)) {
				return query == null || (candidate.list() && PAGE_QUERY.matcher(query).matches());
			}
		}
		return false;
	}

	private static List<Marked> read(List<RequestMappingHandlerMapping> mappings) {
		List<Marked> marked = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : mappings) {
			mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
				CachedPage cached = method.getMethodAnnotation(CachedPage.class);
				if (cached != null) {
					for (String pattern : info.getPatternValues()) {
						marked.add(new Marked(PathPatternParser.defaultInstance.parse(pattern),
								cached.value() == CachedPage.Shows.LIST));
					}
				}
			});
		}
		return List.copyOf(marked);
	}

	private record Marked(PathPattern pattern, boolean list) {
	}

}
