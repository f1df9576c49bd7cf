package app.takeaways.pagecache;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous readers from {@link PageCache} when it can, and fills the cache from
 * answers to handlers marked {@code @CachedPage} (see {@link CachedPageInterceptor}). An
 * answer to free text (a search) is kept only when it is asked for a second time: most
 * searches are asked once, and keeping them would cost compressing each in every encoding
 * for nothing. Runs just before the security filters: a hit skips them (the reader is
 * anonymous and has no session) and replays the headers they set when the answer was
 * rendered. Requests with a session or credentials, and parameters other than a list's
 * page number and those its handler names, always render; so does a request running
 * inside an open transaction (only tests do that: the page could show rows that are
 * rolled back, and would miss rows not yet announced). Entries are kept per host name, so
 * a forged {@code Host} header cannot put its links into other readers' pages.
 * Conditional requests are answered here, from the validators of the encoding the reader
 * gets ({@link CachedAnswerWriter}), never by the handler.
 */
class PageCacheFilter extends OncePerRequestFilter {

	private static final Set<String> SKIPPED_HEADERS = Set.of("set-cookie", "content-length", "content-type", "date",
			"etag", "cache-control", "transfer-encoding", "vary", "expires", "pragma", "content-encoding");

	private static final Set<String> CONDITIONAL_HEADERS = Set.of("if-none-match", "if-modified-since", "if-match",
			"if-unmodified-since");

	private final PageCache cache;

	private final CachedPaths paths;

	private final Function<String, Optional<Long>> postIdOf;

	/**
	 * @param postIdOf the id of the post at an address, as change events name it
	 */
	PageCacheFilter(PageCache cache, CachedPaths paths, Function<String, Optional<Long>> postIdOf) {
		this.cache = cache;
		this.paths = paths;
		this.postIdOf = postIdOf;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				|| request.getRequestedSessionId() != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| TransactionSynchronizationManager.isActualTransactionActive() || !this.paths.mayBeCached(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getServerName() + ":" + request.getServerPort() + request.getRequestURI()
				+ CachedPaths.keyOf(request);
		Optional<CachedAnswer> hit = this.cache.get(path);
		if (hit.isPresent()) {
			CachedAnswerWriter.write(hit.get(), request, response);
			return;
		}
		long generation = this.cache.generation();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(new RenderingRequest(request), wrapper);
		Long owner = (wrapper.getStatus() == 200 && request.getSession(false) == null
				&& wrapper.getHeader(HttpHeaders.CONTENT_ENCODING) == null && wrapper.getContentType() != null)
						? ownerOf(request) : null;
		if (owner != null && (!CachedPaths.hasFreeText(request) || this.cache.askedBefore(path))) {
			CachedAnswer answer = CachedAnswer.of(owner, wrapper.getContentType(),
					cacheControlOf(wrapper.getHeader(HttpHeaders.CACHE_CONTROL)), replayableHeaders(wrapper),
					wrapper.getContentAsByteArray());
			this.cache.put(path, answer, generation);
			wrapper.resetBuffer();
			CachedAnswerWriter.write(answer, request, response);
			return;
		}
		if ("HEAD".equals(request.getMethod()) && wrapper.getStatus() == 200) {
			response.setContentLength(wrapper.getContentSize());
			wrapper.resetBuffer();
		}
		wrapper.copyBodyToResponse();
	}

	private @Nullable Long ownerOf(HttpServletRequest request) {
		if (!(request.getAttribute(CachedPageInterceptor.SHOWS) instanceof CachedPageInterceptor.Shows shows)) {
			return null;
		}
		String slug = shows.slug();
		if (slug == null) {
			return PageCache.LIST;
		}
		return this.postIdOf.apply(slug).orElse(null);
	}

	/**
	 * Pages say nothing (Spring Security's default forbids keeping them, which a shared
	 * page need not): browsers keep them and revalidate. Feeds keep what they chose.
	 */
	private static String cacheControlOf(@Nullable String rendered) {
		return (rendered == null || rendered.contains("no-store")) ? "no-cache" : rendered;
	}

	/**
	 * Headers worth sending again with the cached body; never cookies, sizes or dates.
	 */
	private static Map<String, String> replayableHeaders(HttpServletResponse response) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put(HttpHeaders.CONTENT_LANGUAGE, response.getLocale().toLanguageTag());
		for (String name : response.getHeaderNames()) {
			if (!SKIPPED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, response.getHeader(name));
			}
		}
		return Map.copyOf(headers);
	}

	/**
	 * The request as the handler sees it: HEAD is rendered as GET (so it gets the same
	 * validators, length and caching headers), and conditional headers are hidden (the
	 * filter answers them, per encoding, from what was rendered).
	 */
	private static final class RenderingRequest extends HttpServletRequestWrapper {

		RenderingRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public @Nullable String getHeader(String name) {
			return conditional(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return conditional(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public long getDateHeader(String name) {
			return conditional(name) ? -1 : super.getDateHeader(name);
		}

		private static boolean conditional(String name) {
			return CONDITIONAL_HEADERS.contains(name.toLowerCase(Locale.ROOT));
		}

	}

}
