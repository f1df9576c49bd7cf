package app.takeaways.pagecache;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * ({@code ?page=2}) and for the parameters its annotation names (the search's {@code q});
 * a post's answers take no query string. Longer query strings than
 * {@value #MAX_QUERY_LENGTH} characters are never kept.
 */
class CachedPaths {

	static final int MAX_QUERY_LENGTH = 400;

	private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,6}");

	private final Supplier<List<Marked>> marked;

	CachedPaths(Supplier<List<RequestMappingHandlerMapping>> mappings) {
		this.marked = SingletonSupplier.of(() -> read(mappings.get()));
	}

	boolean mayBeCached(HttpServletRequest request) {
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		String query = request.getQueryString();
		for (Marked candidate : this.marked.get()) {
			if (candidate.pattern().matches(path)) {
				return query == null || (candidate.list() && acceptable(query, candidate.params()));
			}
		}
		return false;
	}

	private static boolean acceptable(String query, Set<String> params) {
		if (query.length() > MAX_QUERY_LENGTH) {
			return false;
		}
		for (String pair : query.split("&", -1)) {
			int equals = pair.indexOf('=');
			String name = (equals >= 0) ? pair.substring(0, equals) : pair;
			String value = (equals >= 0) ? pair.substring(equals + 1) : "";
			boolean known = "page".equals(name) ? PAGE_NUMBER.matcher(value).matches() : params.contains(name);
			if (!known) {
				return false;
			}
		}
		return true;
	}

	private static List<Marked> read(List<RequestMappingHandlerMapping> mappings) {
		List<Marked> marked = new ArrayList<>();
		for (RequestMappingHandlerMapping mapping : mappings) {
			mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
				CachedPage cached = method.getMethodAnnotation(CachedPage.class);
				if (cached != null) {
					for (String pattern : info.getPatternValues()) {
						marked.add(new Marked(PathPatternParser.defaultInstance.parse(pattern),
								cached.value() == CachedPage.Shows.LIST, Set.of(cached.params())));
					}
				}
			});
		}
		return List.copyOf(marked);
	}

	private record Marked(PathPattern pattern, boolean list, Set<String> params) {
	}

}
