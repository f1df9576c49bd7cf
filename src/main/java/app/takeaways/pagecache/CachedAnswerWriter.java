package app.takeaways.pagecache;

import java.io.IOException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import app.takeaways.common.ContentCoding;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;

/**
 * Writes a kept answer in the encoding the reader asks for, with that encoding's
 * validator, {@code Vary: Accept-Encoding} when there is more than one, and 304 when the
 * reader's copy is current. HEAD gets the headers of GET without the body.
 */
final class CachedAnswerWriter {

	private CachedAnswerWriter() {
	}

	static void write(CachedAnswer answer, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ContentCoding coding = answer.codingFor(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		String etag = answer.etag(coding);
		answer.headers().forEach(response::setHeader);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, answer.cacheControl());
		if (answer.varies()) {
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		if (notModified(request, etag, answer.headers().get(HttpHeaders.LAST_MODIFIED))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = answer.body(coding);
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(answer.contentType());
		if (coding.token() != null) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, coding.token());
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(body);
		}
	}

	/**
	 * {@code If-None-Match} decides when present (weak comparison, as for GET); otherwise
	 * {@code If-Modified-Since} against the {@code Last-Modified} the answer was rendered
	 * with (feeds have one, pages do not).
	 */
	private static boolean notModified(HttpServletRequest request, String etag, @Nullable String lastModified) {
		String header = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (header != null) {
			for (String candidate : header.split(",")) {
				String tag = candidate.strip();
				if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
					return true;
				}
			}
			return false;
		}
		String since = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
		if (since == null || lastModified == null) {
			return false;
		}
		try {
			Instant modified = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			Instant client = ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
			return !modified.isAfter(client);
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

}
