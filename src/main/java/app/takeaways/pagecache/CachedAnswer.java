package app.takeaways.pagecache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import app.takeaways.common.Compression;
import app.takeaways.common.ContentCoding;
import org.jspecify.annotations.Nullable;

/**
 * One kept answer: its body as rendered and, for text over 1 KiB, gzip and brotli forms
 * made once when it was stored. Each form has its own strong validator (the identity ETag
 * with {@code -gzip} or {@code -br} inside the quotes), as RFC 9110 asks of
 * representations that differ in bytes.
 *
 * @param owner the post shown, or {@link PageCache#LIST}
 * @param contentType the response's content type
 * @param cacheControl what browsers are told about keeping it
 * @param headers the other headers the answer was sent with (security headers, for
 * example), replayed on every hit
 * @param identity the body as rendered
 * @param gzip the body in gzip, null when not worth compressing
 * @param brotli the body in brotli, null when not worth compressing or not available
 * @param etag the strong validator of the identity body
 */
record CachedAnswer(long owner, String contentType, String cacheControl, Map<String, String> headers, byte[] identity,
		byte @Nullable [] gzip, byte @Nullable [] brotli, String etag) {

	static CachedAnswer of(long owner, String contentType, String cacheControl, Map<String, String> headers,
			byte[] body) {
		boolean compress = Compression.worthIt(contentType, body.length);
		return new CachedAnswer(owner, contentType, cacheControl, headers, body,
				compress ? Compression.gzip(body) : null, compress ? Compression.brotli(body) : null, etagOf(body));
	}

	/**
	 * Whether the answer comes in more than one encoding ({@code Vary: Accept-Encoding}).
	 */
	boolean varies() {
		return this.gzip != null;
	}

	ContentCoding codingFor(@Nullable String acceptEncoding) {
		return varies() ? ContentCoding.negotiate(acceptEncoding, this.brotli != null) : ContentCoding.IDENTITY;
	}

	byte[] body(ContentCoding coding) {
		return switch (coding) {
			case GZIP -> (this.gzip != null) ? this.gzip : this.identity;
			case BROTLI -> (this.brotli != null) ? this.brotli : this.identity;
			case IDENTITY -> this.identity;
		};
	}

	String etag(ContentCoding coding) {
		String token = coding.token();
		return (token == null) ? this.etag : this.etag.substring(0, this.etag.length() - 1) + "-" + token + "\"";
	}

	int weight() {
		return this.identity.length + ((this.gzip != null) ? this.gzip.length : 0)
				+ ((this.brotli != null) ? this.brotli.length : 0);
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
