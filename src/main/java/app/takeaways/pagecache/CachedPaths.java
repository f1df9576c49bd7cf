package app.takeaways.pagecache;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * a post's answers take no parameters. A parameter sent twice, or parameters longer than
 * {@value #MAX_QUERY_LENGTH} characters together, are never kept.
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
		Map<String, String[]> parameters = request.getParameterMap();
		for (Marked candidate : this.marked.get()) {
			if (candidate.pattern().matches(path)) {
				return parameters.isEmpty() || (candidate.list() && acceptable(parameters, candidate.params()));
			}
		}
		return false;
	}

	/**
	 * The request's parameters as part of a cache key: by name, then as sent, so that
	 * {@code ?page=2&q=a} and {@code ?q=a&page=2} are one entry and parameters that do
	 * not come in the query string still count. Empty without parameters.
	 */
	static String keyOf(HttpServletRequest request) {
		Map<String, String[]> parameters = request.getParameterMap();
		if (parameters.isEmpty()) {
			return "";
		}
		StringBuilder key = new StringBuilder();
		new TreeMap<>(parameters).forEach((name, values) -> {
			for (String value : values) {
				key.append(key.isEmpty() ? '?' : '&')
					.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
			}
		});
		return key.toString();
	}

	/**
	 * Whether the request carries free text (a parameter other than a page number).
	 */
	static boolean hasFreeText(HttpServletRequest request) {
		return request.getParameterMap().keySet().stream().anyMatch((name) -> !"page".equals(name));
	}

	private static boolean acceptable(Map<String, String[]> parameters, Set<String> params) {
		int length = 0;
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			String[] values = parameter.getValue();
			if (values.length != 1) {
				return false;
			}
			length += name.length() + values[0].length() + 2;
			boolean known = "page".equals(name) ? PAGE_NUMBER.matcher(values[0]).matches() : params.contains(name);
			if (!known || length > MAX_QUERY_LENGTH) {
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
