package app.takeaways.discovery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * HTTP validators for feeds and the sitemap, computed from what the document is made of
 * (how many posts, when the newest changed) before anything is rendered, so a conditional
 * GET that matches is answered with 304 and no body at the cost of one small query.
 */
final class ConditionalGet {

	static final String CACHE_CONTROL = "public, max-age=300";

	private ConditionalGet() {
	}

	/**
	 * Sets {@code ETag}, {@code Last-Modified} and {@code Cache-Control}; true when the
	 * client's copy is current (the status is then 304).
	 * @param request the request
	 * @param lastModified when the content last changed, null if never
	 * @param parts everything else the document depends on
	 */
	static boolean notModified(ServletWebRequest request, @Nullable Instant lastModified, Object... parts) {
		StringBuilder seed = new StringBuilder(String.valueOf(lastModified));
		for (Object part : parts) {
			seed.append('|').append(part);
		}
		String etag = "\"" + DigestUtils.md5DigestAsHex(seed.toString().getBytes(StandardCharsets.UTF_8)) + "\"";
		HttpServletResponse response = request.getResponse();
		if (response != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
		}
		long millis = (lastModified != null) ? lastModified.toEpochMilli() : -1;
		return request.checkNotModified(etag, millis);
	}

}
