package app.takeaways.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stored variant, as a local file ready to be sent.
 *
 * @param path the local copy
 * @param length its size in bytes
 * @param contentType its media type
 */
public record MediaFile(Path path, long length, String contentType) {

	public byte[] data() {
		try {
			return Files.readAllBytes(this.path);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
