package app.takeaways.post;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves anonymous reader pages (posts, and lists of posts) from {@link PostPageCache}
 * when it can, and fills the cache from pages the controller marked as cacheable with
 * {@link #cacheablePost} or {@link #cacheableList}. Runs just before the security
 * filters: a hit skips them (the reader is anonymous and has no session) and replays the
 * headers they set on the page when it was rendered. Requests with a session or
 * credentials, and query strings other than a page number, always render; so does a
 * request running inside an open transaction (only tests do that: the page could show
 * rows that are rolled back, and would miss rows not yet announced). Entries are kept per
 * host name, so a forged {@code Host} header cannot put its links into other readers'
 * pages.
 */
public class PostPageCacheFilter extends OncePerRequestFilter {

	static final String CACHEABLE_POST = PostPageCacheFilter.class.getName() + ".postId";

	private static final Pattern READER_PATH = Pattern.compile("/|/posts/.+|/tags(/.*)?|/archive(/.*)?");

	private static final Pattern PAGE_QUERY = Pattern.compile("page=\\d{1,6}");

	private static final Set<String> SKIPPED_HEADERS = Set.of("set-cookie", "content-length", "content-type", "date",
			"etag", "cache-control", "transfer-encoding", "vary", "expires", "pragma");

	private final PostPageCache cache;

	PostPageCacheFilter(PostPageCache cache) {
		this.cache = cache;
	}

	/**
	 * Marks the page being rendered as the same for every anonymous reader, to be kept
	 * until the post changes.
	 * @param request the request rendering the page
	 * @param postId the post shown
	 */
	static void cacheablePost(HttpServletRequest request, long postId) {
		request.setAttribute(CACHEABLE_POST, postId);
	}

	/**
	 * Marks the page being rendered as a list of posts that is the same for every
	 * anonymous reader, to be kept until any post or comment count changes.
	 * @param request the request rendering the page
	 */
	public static void cacheableList(HttpServletRequest request) {
		request.setAttribute(CACHEABLE_POST, PostPageCache.LIST);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String query = request.getQueryString();
		return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				|| !READER_PATH.matcher(request.getRequestURI()).matches()
				|| (query != null
						&& (request.getRequestURI().startsWith("/posts/") || !PAGE_QUERY.matcher(query).matches()))
				|| request.getRequestedSessionId() != null || request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| TransactionSynchronizationManager.isActualTransactionActive();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		String path = request.getServerName() + ":" + request.getServerPort() + request.getRequestURI()
				+ ((query != null) ? "?" + query : "");
		Optional<PostPageCache.CachedPage> hit = this.cache.get(path);
		if (hit.isPresent()) {
			serve(hit.get(), request, response);
			return;
		}
		long generation = this.cache.generation();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(asGet(request), wrapper);
		Object postId = request.getAttribute(CACHEABLE_POST);
		if (postId instanceof Long id && wrapper.getStatus() == 200 && request.getSession(false) == null) {
			byte[] body = wrapper.getContentAsByteArray();
			PostPageCache.CachedPage page = new PostPageCache.CachedPage(id, body, wrapper.getContentType(),
					etagOf(body), replayableHeaders(wrapper));
			this.cache.put(path, page, generation);
			wrapper.setHeader(HttpHeaders.ETAG, page.etag());
			wrapper.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			if (notModified(request, page.etag())) {
				wrapper.resetBuffer();
				wrapper.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			}
		}
		if ("HEAD".equals(request.getMethod()) && wrapper.getStatus() == 200) {
			response.setContentLength(wrapper.getContentSize());
			wrapper.resetBuffer();
		}
		wrapper.copyBodyToResponse();
	}

	/**
	 * HEAD is answered exactly as GET would be, without the body: rendering it as a GET
	 * gives it the same validators, length and caching headers.
	 */
	private static HttpServletRequest asGet(HttpServletRequest request) {
		if (!"HEAD".equals(request.getMethod())) {
			return request;
		}
		return new HttpServletRequestWrapper(request) {
			@Override
			public String getMethod() {
				return "GET";
			}
		};
	}

	private static void serve(PostPageCache.CachedPage page, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		page.headers().forEach(response::setHeader);
		response.setHeader(HttpHeaders.ETAG, page.etag());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		if (notModified(request, page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(page.contentType());
		response.setContentLength(page.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(page.body());
		}
	}

	private static boolean notModified(HttpServletRequest request, String etag) {
		String header = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (header == null) {
			return false;
		}
		for (String candidate : header.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
				return true;
			}
		}
		return false;
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

	private static String etagOf(byte[] body) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
