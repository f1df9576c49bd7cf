package app.takeaways.media;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.takeaways.post.Picture;
import app.takeaways.post.PictureSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's pictures as post pages show them (implements the posts'
 * {@link PictureSource}).
 */
@Component
class MediaPictures implements PictureSource {

	/**
	 * A library address in a post, relative or on any host:
	 * {@code /media/hash-width.ext}.
	 */
	private static final Pattern ADDRESS = Pattern
		.compile("^(?:https?://[^/]+)?/media/([0-9a-f]{32})-[0-9]{1,5}\\.(?:jpg|png|gif|webp)$");

	/** The width shown where the page does not say: fits the column on a large screen. */
	private static final int DEFAULT_WIDTH = 960;

	private final MediaImageRepository images;

	MediaPictures(MediaImageRepository images) {
		this.images = images;
	}

	@Override
	public Optional<String> hashOf(String address) {
		Matcher matcher = ADDRESS.matcher(address);
		return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Picture> pictures(Collection<String> hashes) {
		if (hashes.isEmpty()) {
			return Map.of();
		}
		return this.images.findByHashIn(hashes)
			.stream()
			.collect(Collectors.toMap(MediaImage::getHash, MediaPictures::picture, (a, b) -> a, LinkedHashMap::new));
	}

	static Picture picture(MediaImage image) {
		ImageFormat format = image.getVariantFormat();
		List<MediaImage.Size> sizes = image.getVariants();
		MediaImage.Size largest = sizes.get(sizes.size() - 1);
		MediaImage.Size shown = sizes.stream()
			.filter((size) -> size.getWidth() >= DEFAULT_WIDTH)
			.findFirst()
			.orElse(largest);
		String srcset = sizes.stream()
			.map((size) -> path(image, size, format) + " " + size.getWidth() + "w")
			.collect(Collectors.joining(", "));
		return new Picture(image.getHash(), path(image, shown, format), srcset, path(image, largest, format),
				largest.getWidth(), largest.getHeight(), image.getAltText(), format.contentType(),
				largest.getByteSize());
	}

	private static String path(MediaImage image, MediaImage.Size size, ImageFormat format) {
		return MediaAddress.PREFIX + MediaAddress.name(image.getHash(), size.getWidth(), format);
	}

}
