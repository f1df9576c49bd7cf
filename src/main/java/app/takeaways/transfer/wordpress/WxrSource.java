package app.takeaways.transfer.wordpress;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An uploaded file as the XML documents it holds: one plain export, or a zip of several
 * (as WordPress.com delivers them). Each document is decoded in the encoding its prolog
 * declares and filtered of characters XML forbids.
 */
public final class WxrSource {

	private static final Pattern DECLARED_ENCODING = Pattern
		.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

	private static final int PROLOG = 512;

	private final Path file;

	public WxrSource(Path file) {
		this.file = file;
	}

	/**
	 * Calls {@code reader} once per XML document in the file, in name order for a zip.
	 * @return the number of forbidden characters dropped
	 */
	public long each(DocumentReader reader) throws IOException {
		if (isZip()) {
			long dropped = 0;
			try (ZipFile zip = new ZipFile(this.file.toFile())) {
				List<ZipEntry> entries = new ArrayList<>(Collections.list(zip.entries()));
				entries.removeIf((entry) -> entry.isDirectory() || entry.getName().startsWith("__MACOSX")
						|| !entry.getName().toLowerCase(Locale.ROOT).endsWith(".xml"));
				if (entries.isEmpty()) {
					throw new WxrException("The zip file holds no XML file.");
				}
				entries.sort((a, b) -> a.getName().compareTo(b.getName()));
				for (ZipEntry entry : entries) {
					try (InputStream in = zip.getInputStream(entry)) {
						dropped += read(in, reader);
					}
				}
			}
			return dropped;
		}
		try (InputStream in = Files.newInputStream(this.file)) {
			return read(in, reader);
		}
	}

	private boolean isZip() throws IOException {
		try (InputStream in = Files.newInputStream(this.file)) {
			byte[] magic = in.readNBytes(4);
			return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
		}
	}

	private static long read(InputStream raw, DocumentReader reader) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, 64 * 1024);
		Charset charset = charsetOf(in);
		XmlCharFilter filtered = new XmlCharFilter(new InputStreamReader(in,
				charset.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE)));
		reader.read(filtered);
		return filtered.dropped();
	}

	/**
	 * The encoding from a byte order mark or the prolog's declaration; UTF-8 when neither
	 * says. A byte order mark is consumed.
	 */
	static Charset charsetOf(BufferedInputStream in) throws IOException {
		in.mark(PROLOG);
		byte[] head = in.readNBytes(PROLOG);
		in.reset();
		if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
			in.skipNBytes(3);
			return StandardCharsets.UTF_8;
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
			in.skipNBytes(2);
			return StandardCharsets.UTF_16BE;
		}
		if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
			in.skipNBytes(2);
			return StandardCharsets.UTF_16LE;
		}
		Matcher declared = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1).stripLeading());
		if (!declared.find()) {
			return StandardCharsets.UTF_8;
		}
		try {
			return Charset.forName(declared.group(1));
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw new WxrException("The file declares an encoding this site does not know: " + declared.group(1));
		}
	}

	/**
	 * Reads one XML document.
	 */
	@FunctionalInterface
	public interface DocumentReader {

		void read(Reader document) throws IOException;

	}

}
