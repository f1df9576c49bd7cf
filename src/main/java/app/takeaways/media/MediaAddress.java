package app.takeaways.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The address of one stored variant, {@code /media/{hash}-{width}.{ext}}: the hash of the
 * uploaded content, so an address never changes what it shows.
 */
record MediaAddress(String hash, int width, ImageFormat format) {

	static final String PREFIX = "/media/";

	private static final Pattern NAME = Pattern.compile("([0-9a-f]{32})-([0-9]{1,5})\\.(jpg|png|gif|webp)");

	static boolean isWellFormed(String name) {
		return NAME.matcher(name).matches();
	}

	static Optional<MediaAddress> parse(String name) {
		Matcher matcher = NAME.matcher(name);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return ImageFormat.ofExtension(matcher.group(3))
			.map((format) -> new MediaAddress(matcher.group(1), Integer.parseInt(matcher.group(2)), format));
	}

	static String name(String hash, int width, ImageFormat format) {
		return hash + "-" + width + "." + format.extension();
	}

	String name() {
		return name(this.hash, this.width, this.format);
	}

	String path() {
		return PREFIX + name();
	}

}
