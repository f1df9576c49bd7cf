package app.takeaways.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The picture formats the library takes, recognised by the first bytes of a file (never
 * by its name or the type the browser sent).
 */
enum ImageFormat {

	JPEG("jpg", "image/jpeg", "jpeg"), PNG("png", "image/png", "png"), GIF("gif", "image/gif", "gif"),
	WEBP("webp", "image/webp", "webp");

	private final String extension;

	private final String contentType;

	private final String imageIoName;

	ImageFormat(String extension, String contentType, String imageIoName) {
		this.extension = extension;
		this.contentType = contentType;
		this.imageIoName = imageIoName;
	}

	String extension() {
		return this.extension;
	}

	String contentType() {
		return this.contentType;
	}

	String imageIoName() {
		return this.imageIoName;
	}

	/**
	 * The format whose signature the file starts with, if any.
	 */
	static Optional<ImageFormat> sniff(byte[] head) {
		if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of(PNG);
		}
		if (startsWith(head, 0, 'G', 'I', 'F', '8') && head.length > 5 && (head[4] == '7' || head[4] == '9')
				&& head[5] == 'a') {
			return Optional.of(GIF);
		}
		if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	/**
	 * The format of a stored variant, by the extension of its address.
	 */
	static Optional<ImageFormat> ofExtension(String extension) {
		return Arrays.stream(values()).filter((format) -> format.extension.equals(extension)).findFirst();
	}

	private static boolean startsWith(byte[] data, int offset, int... signature) {
		if (data.length < offset + signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((data[offset + i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
