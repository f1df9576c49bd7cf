package app.takeaways.transfer.wordpress;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Drops the characters XML 1.0 forbids (NUL and the other C0 controls but tab, line feed
 * and carriage return; U+FFFE and U+FFFF) before a parser sees them, and counts them.
 * WordPress writes them unescaped, for instance in serialized post meta.
 */
final class XmlCharFilter extends FilterReader {

	private long dropped;

	XmlCharFilter(Reader in) {
		super(in);
	}

	static boolean allowed(char c) {
		return (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) || c == '\t' || c == '\n' || c == '\r';
	}

	@Override
	public int read() throws IOException {
		int c;
		do {
			c = this.in.read();
		}
		while (c >= 0 && !allowedCounting((char) c));
		return c;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int read;
		do {
			read = this.in.read(buffer, offset, length);
			if (read <= 0) {
				return read;
			}
			int kept = offset;
			for (int i = offset; i < offset + read; i++) {
				if (allowedCounting(buffer[i])) {
					buffer[kept++] = buffer[i];
				}
			}
			read = kept - offset;
		}
		while (read == 0);
		return read;
	}

	private boolean allowedCounting(char c) {
		if (allowed(c)) {
			return true;
		}
		this.dropped++;
		return false;
	}

	long dropped() {
		return this.dropped;
	}

}
