package app.takeaways.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The content codings the site compresses text with, once, for answers it keeps (cached
 * pages, static files): gzip always, brotli when its native library loads on this
 * machine. What is worth compressing is decided here too: text over 1 KiB.
 */
public final class Compression {

	/**
	 * Smaller answers go out as they are: the headers would cost more than the saving.
	 */
	public static final int MIN_SIZE = 1024;

	private static final Logger log = LoggerFactory.getLogger(Compression.class);

	private static final boolean BROTLI = loadBrotli();

	private static final Encoder.Parameters BROTLI_PARAMETERS = new Encoder.Parameters().setQuality(9)
		.setMode(Encoder.Mode.TEXT);

	private Compression() {
	}

	/**
	 * Whether a body of this type and size is worth compressing.
	 */
	public static boolean worthIt(@Nullable String contentType, int length) {
		if (contentType == null || length <= MIN_SIZE) {
			return false;
		}
		String type = contentType.toLowerCase(Locale.ROOT);
		return type.startsWith("text/") || type.startsWith("application/json") || type.contains("javascript")
				|| type.contains("xml");
	}

	public static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(Deflater.BEST_COMPRESSION);
			}
		}) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * The body in brotli, or null where brotli is not available.
	 */
	public static byte @Nullable [] brotli(byte[] body) {
		if (!BROTLI) {
			return null;
		}
		try {
			return Encoder.compress(body, BROTLI_PARAMETERS);
		}
		catch (IOException ex) {
			log.warn("Brotli failed ({}); sending gzip instead", ex.getMessage());
			return null;
		}
	}

	public static boolean brotliAvailable() {
		return BROTLI;
	}

	private static boolean loadBrotli() {
		try {
			Brotli4jLoader.ensureAvailability();
			return true;
		}
		catch (Throwable ex) {
			log.warn("Brotli is not available on this machine ({}); compressing with gzip only", ex.toString());
			return false;
		}
	}

}
