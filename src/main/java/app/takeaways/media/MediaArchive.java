package app.takeaways.media;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library as exports and backups read it, and restored from an archive. The upload
 * itself is never kept (it may carry GPS positions), so an archive carries what the
 * library stores: every width, byte for byte, under the hash of the upload. Restored so,
 * every {@code /media/...} address a post uses shows the same bytes again; encoding the
 * pictures afresh would not (the hash names the upload, not a width made from it).
 */
@Service
public class MediaArchive {

	private final MediaImageRepository images;

	private final MediaStore store;

	MediaArchive(MediaImageRepository images, MediaStore store) {
		this.images = images;
		this.store = store;
	}

	/**
	 * Up to {@code size} pictures with hashes above {@code afterHash}, in hash order,
	 * with the bytes of every width.
	 */
	@Transactional(readOnly = true)
	public List<Archived> after(String afterHash, int size) {
		return this.images.findByHashGreaterThanOrderByHashAsc(afterHash, Limit.of(size))
			.stream()
			.map(this::archived)
			.toList();
	}

	/**
	 * Every picture as an attachment of a WordPress export, oldest first, without bytes.
	 */
	@Transactional(readOnly = true)
	public List<Attachment> attachments() {
		return this.images.findAllByOrderByIdAsc().stream().map(MediaArchive::attachment).toList();
	}

	/**
	 * Stores an archived picture under its hash, unless the library already has it.
	 * @return whether it was stored
	 * @throws IllegalArgumentException when the archived picture is not one the library
	 * could have stored (an unknown format, a malformed hash, bytes of another format)
	 */
	@Transactional
	public boolean restore(Archived archived) {
		ImageFormat variantFormat = format(archived.variantFormat());
		check(archived, variantFormat);
		if (this.images.findByHash(archived.hash()).isPresent()) {
			return false;
		}
		MediaImage image = new MediaImage(archived.hash(), format(archived.format()), variantFormat, archived.width(),
				archived.height(), archived.byteSize(), archived.altText(), archived.decorative(),
				archived.originalName(), archived.uploadedBy(), archived.uploadedAt());
		for (Archived.Width width : archived.variants()) {
			this.store.put(MediaAddress.name(archived.hash(), width.width(), variantFormat), width.data());
			image.addVariant(width.width(), width.height(), width.data().length);
		}
		this.images.save(image);
		return true;
	}

	/**
	 * Every width must have an address and be encoded in the format its address says,
	 * before any is stored.
	 */
	private static void check(Archived archived, ImageFormat variantFormat) {
		if (archived.variants().isEmpty()) {
			throw new IllegalArgumentException("no stored width");
		}
		for (Archived.Width width : archived.variants()) {
			String name = MediaAddress.name(archived.hash(), width.width(), variantFormat);
			if (!MediaAddress.isWellFormed(name)
					|| ImageFormat.sniff(width.data()).filter(variantFormat::equals).isEmpty()) {
				throw new IllegalArgumentException("not a stored width: " + name);
			}
		}
	}

	private Archived archived(MediaImage image) {
		List<Archived.Width> widths = new ArrayList<>();
		for (MediaImage.Size size : image.getVariants()) {
			String name = MediaAddress.name(image.getHash(), size.getWidth(), image.getVariantFormat());
			this.store.get(name)
				.ifPresent((data) -> widths.add(new Archived.Width(size.getWidth(), size.getHeight(), data)));
		}
		return new Archived(image.getHash(), image.getFormat().name(), image.getWidth(), image.getHeight(),
				image.getByteSize(), image.getAltText(), image.isDecorative(), image.getOriginalName(),
				image.getUploadedBy(), image.getUploadedAt(), image.getVariantFormat().name(), widths);
	}

	private static Attachment attachment(MediaImage image) {
		List<MediaImage.Size> sizes = image.getVariants();
		MediaImage.Size largest = sizes.get(sizes.size() - 1);
		String name = MediaAddress.name(image.getHash(), largest.getWidth(), image.getVariantFormat());
		return new Attachment(image.getHash(), image.getOriginalName(), image.getAltText(),
				image.getVariantFormat().contentType(), MediaAddress.PREFIX + name, name, image.getUploadedBy(),
				image.getUploadedAt());
	}

	private static ImageFormat format(String name) {
		try {
			return ImageFormat.valueOf(name);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown picture format: " + name, ex);
		}
	}

	/**
	 * A picture of the archive.
	 *
	 * @param hash the hash of the upload, which names every stored width
	 * @param format the format of the upload ({@code JPEG}, {@code PNG}, {@code GIF},
	 * {@code WEBP})
	 * @param width width of the upload, upright
	 * @param height height of the upload
	 * @param byteSize size of the upload in bytes
	 * @param altText the text alternative; empty when decorative
	 * @param decorative whether the picture only decorates
	 * @param originalName the file name it was uploaded as
	 * @param uploadedBy who uploaded it
	 * @param uploadedAt when
	 * @param variantFormat the format every stored width is encoded in
	 * @param variants the stored widths with their bytes (base64 in JSON)
	 */
	public record Archived(String hash, String format, int width, int height, long byteSize, String altText,
			boolean decorative, String originalName, String uploadedBy, Instant uploadedAt, String variantFormat,
			List<Width> variants) {

		/**
		 * One stored width and its bytes.
		 */
		public record Width(int width, int height, byte[] data) {
		}

	}

	/**
	 * A picture as a WordPress export names it.
	 *
	 * @param hash the hash of the upload
	 * @param originalName the file name it was uploaded as
	 * @param altText the text alternative; empty when decorative
	 * @param contentType the media type of the stored widths
	 * @param largest the address of the largest stored width ({@code /media/...})
	 * @param fileName the file name of the largest stored width
	 * @param uploadedBy who uploaded it
	 * @param uploadedAt when
	 */
	public record Attachment(String hash, String originalName, String altText, String contentType, String largest,
			String fileName, String uploadedBy, Instant uploadedAt) {
	}

}
