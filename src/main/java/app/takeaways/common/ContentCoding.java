package app.takeaways.common;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A content coding the site sends, and the one a request's {@code Accept-Encoding} asks
 * for: brotli before gzip when the client takes both equally, identity when it takes
 * neither.
 */
public enum ContentCoding {

	IDENTITY(null), GZIP("gzip"), BROTLI("br");

	private final @Nullable String token;

	ContentCoding(@Nullable String token) {
		this.token = token;
	}

	/**
	 * The {@code Content-Encoding} value, null for identity.
	 */
	public @Nullable String token() {
		return this.token;
	}

	/**
	 * The best coding the client accepts among those offered (identity is always
	 * offered).
	 * @param acceptEncoding the request's {@code Accept-Encoding}, null if absent
	 * @param brotli whether a brotli body is at hand
	 */
	public static ContentCoding negotiate(@Nullable String acceptEncoding, boolean brotli) {
		if (acceptEncoding == null || acceptEncoding.isBlank()) {
			return IDENTITY;
		}
		double gzip = -1;
		double br = -1;
		double any = 0;
		for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
			String[] pieces = part.split(";");
			String name = pieces[0].strip();
			double q = quality(pieces);
			switch (name) {
				case "gzip", "x-gzip" -> gzip = Math.max(gzip, q);
				case "br" -> br = Math.max(br, q);
				case "*" -> any = q;
				default -> {
				}
			}
		}
		// A coding not named takes the quality of "*" (none when there is no "*").
		gzip = (gzip < 0) ? any : gzip;
		br = (br < 0) ? any : br;
		if (brotli && br > 0 && br >= gzip) {
			return BROTLI;
		}
		return (gzip > 0) ? GZIP : IDENTITY;
	}

	private static double quality(String[] pieces) {
		for (int i = 1; i < pieces.length; i++) {
			String parameter = pieces[i].strip();
			if (parameter.startsWith("q=")) {
				try {
					return Double.parseDouble(parameter.substring(2));
				}
				catch (NumberFormatException ex) {
					return 0;
				}
			}
		}
		return 1;
	}

}
