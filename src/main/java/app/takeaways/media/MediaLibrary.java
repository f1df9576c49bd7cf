package app.takeaways.media;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import app.takeaways.post.PostChanged;
import app.takeaways.post.PostReference;
import app.takeaways.post.PostReferences;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The media library's use cases: upload a picture, list the pictures with where they are
 * used, delete one no post uses, and hand out a stored variant.
 */
@Service
public class MediaLibrary {

	private final MediaImageRepository images;

	private final MediaStore store;

	private final ImageInspector inspector;

	private final VariantMaker variants;

	private final PostReferences references;

	private final MediaFileCache cache;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MediaLibrary(MediaImageRepository images, MediaStore store, ImageInspector inspector, VariantMaker variants,
			PostReferences references, MediaFileCache cache, ApplicationEventPublisher events, Clock clock) {
		this.images = images;
		this.store = store;
		this.inspector = inspector;
		this.variants = variants;
		this.references = references;
		this.cache = cache;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Checks, strips and stores an uploaded picture at every width. The same content
	 * uploaded again is kept once.
	 * @return the picture's hash
	 * @throws ImageRefusedException when the file is not a picture the library takes
	 */
	@Transactional
	public String upload(byte[] data, String originalName, String altText, boolean decorative, String uploader) {
		ImageInspector.DecodedImage image = this.inspector.inspect(data);
		String hash = hash(data);
		if (this.images.findByHash(hash).isPresent()) {
			return hash;
		}
		List<VariantMaker.Variant> made = this.variants.variants(image);
		MediaImage entity = new MediaImage(hash, image.format(), made.get(0).format(), image.width(), image.height(),
				data.length, altText.strip(), decorative, originalName(originalName), uploader, this.clock.instant());
		for (VariantMaker.Variant variant : made) {
			this.store.put(variant.address(hash), variant.data());
			entity.addVariant(variant.width(), variant.height(), variant.data().length);
		}
		this.images.save(entity);
		return hash;
	}

	@Transactional(readOnly = true)
	public List<MediaItem> list() {
		return this.images.findAllByOrderByUploadedAtDescIdDesc()
			.stream()
			.map((image) -> MediaItem.of(image, usedBy(image.getHash())))
			.toList();
	}

	/**
	 * Every picture of the library as a choice in a form, newest first.
	 */
	@Transactional(readOnly = true)
	public List<Choice> choices() {
		return this.images.findAllByOrderByUploadedAtDescIdDesc()
			.stream()
			.map((image) -> new Choice(image.getHash(), label(image)))
			.toList();
	}

	/**
	 * A picture just uploaded, as the post form's in-place upload inserts it.
	 */
	@Transactional(readOnly = true)
	public Uploaded uploaded(String hash) {
		MediaImage image = this.images.findByHash(hash).orElseThrow(() -> new MediaNotFoundException(hash));
		return new Uploaded(hash, label(image), MediaItem.of(image, List.of()).markdown());
	}

	private static String label(MediaImage image) {
		return (image.isDecorative() ? image.getOriginalName() : image.getAltText()) + " (" + image.getWidth() + " × "
				+ image.getHeight() + ")";
	}

	/**
	 * Says anew what a picture shows (or that it only decorates). Pages that show the
	 * library's text (lead pictures, and pictures whose Markdown gives none) change with
	 * it.
	 */
	@Transactional
	public void describe(String hash, String altText, boolean decorative) {
		MediaImage image = this.images.findByHash(hash).orElseThrow(() -> new MediaNotFoundException(hash));
		image.describe(altText.strip(), decorative);
		for (PostReference post : usedBy(hash)) {
			this.events.publishEvent(new PostChanged(post.id(), Set.of(post.slug()), true));
		}
	}

	/**
	 * Deletes a picture and all its widths, unless a post uses it.
	 * @throws MediaInUseException naming the posts that use it
	 */
	@Transactional
	public void delete(String hash) {
		MediaImage image = this.images.findByHash(hash).orElseThrow(() -> new MediaNotFoundException(hash));
		List<PostReference> users = usedBy(hash);
		if (!users.isEmpty()) {
			throw new MediaInUseException(users);
		}
		for (MediaImage.Size size : image.getVariants()) {
			this.store.delete(MediaAddress.name(hash, size.getWidth(), image.getVariantFormat()));
		}
		this.images.delete(image);
		this.events.publishEvent(new MediaDeleted(hash));
	}

	/**
	 * A stored variant by its file name ({@code hash-width.ext}), as a local copy.
	 */
	public Optional<MediaFile> file(String name) {
		return this.cache.get(name,
				(key) -> MediaAddress.parse(key)
					.flatMap((address) -> this.store.get(address.name())
						.map((data) -> new MediaFileCache.Stored(data, address.format().contentType()))));
	}

	private List<PostReference> usedBy(String hash) {
		return this.references.using(MediaAddress.PREFIX + hash + "-", hash);
	}

	private static String originalName(String name) {
		String stripped = name.strip();
		return (stripped.length() > 255) ? stripped.substring(0, 255) : stripped;
	}

	static String hash(byte[] data) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(data);
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A picture to choose in a form: its hash and how it is named.
	 */
	public record Choice(String hash, String label) {
	}

	/**
	 * A picture just uploaded: its hash, how forms name it, and the Markdown that shows
	 * it.
	 */
	public record Uploaded(String hash, String label, String markdown) {
	}

}
