package app.takeaways.media;

import java.time.Instant;
import java.util.List;

import app.takeaways.post.PostReference;

/**
 * A picture as the library list shows it.
 *
 * @param hash the content hash
 * @param thumbnail address of the narrowest stored width
 * @param altText the text alternative; empty when decorative
 * @param decorative whether the picture only decorates
 * @param width width of the upload (after turning it upright)
 * @param height height of the upload
 * @param byteSize size of the upload in bytes
 * @param format the format of the upload
 * @param markdown what to paste into a post body to show it
 * @param usedBy the posts that use it
 * @param uploadedAt when it was uploaded
 */
public record MediaItem(String hash, String thumbnail, String altText, boolean decorative, int width, int height,
		long byteSize, String format, String markdown, List<PostReference> usedBy, Instant uploadedAt) {

	static MediaItem of(MediaImage image, List<PostReference> usedBy) {
		ImageFormat output = image.getVariantFormat();
		List<MediaImage.Size> sizes = image.getVariants();
		String thumbnail = MediaAddress.PREFIX + MediaAddress.name(image.getHash(), sizes.get(0).getWidth(), output);
		String largest = MediaAddress.PREFIX
				+ MediaAddress.name(image.getHash(), sizes.get(sizes.size() - 1).getWidth(), output);
		String markdown = "![" + image.getAltText().replace("]", "\\]") + "](" + largest + ")";
		return new MediaItem(image.getHash(), thumbnail, image.getAltText(), image.isDecorative(), image.getWidth(),
				image.getHeight(), image.getByteSize(), image.getFormat().name(), markdown, usedBy,
				image.getUploadedAt());
	}

}
