package app.takeaways.media;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * A picture of the library: what it shows (alt text, or decorative), its size, and the
 * widths it is stored at. The bytes of each width are in a {@link MediaStore}.
 */
@Entity
@Table(name = "media_image")
class MediaImage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 64)
	private String hash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ImageFormat format;

	@Enumerated(EnumType.STRING)
	@Column(name = "variant_format", nullable = false, length = 10)
	private ImageFormat variantFormat;

	@Column(nullable = false)
	private int width;

	@Column(nullable = false)
	private int height;

	@Column(name = "byte_size", nullable = false)
	private long byteSize;

	@Column(name = "alt_text", nullable = false, length = 500)
	private String altText;

	@Column(nullable = false)
	private boolean decorative;

	@Column(name = "original_name", nullable = false, length = 255)
	private String originalName;

	@Column(name = "uploaded_by", nullable = false, length = 100)
	private String uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "media_variant", joinColumns = @JoinColumn(name = "image_id"))
	private List<Size> variants = new ArrayList<>();

	protected MediaImage() {
	}

	MediaImage(String hash, ImageFormat format, ImageFormat variantFormat, int width, int height, long byteSize,
			String altText, boolean decorative, String originalName, String uploadedBy, Instant uploadedAt) {
		this.hash = hash;
		this.format = format;
		this.variantFormat = variantFormat;
		this.width = width;
		this.height = height;
		this.byteSize = byteSize;
		this.altText = decorative ? "" : altText;
		this.decorative = decorative;
		this.originalName = originalName;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	void addVariant(int width, int height, long byteSize) {
		this.variants.add(new Size(width, height, byteSize));
	}

	String getHash() {
		return this.hash;
	}

	ImageFormat getFormat() {
		return this.format;
	}

	/** The format every stored width is encoded in. */
	ImageFormat getVariantFormat() {
		return this.variantFormat;
	}

	int getWidth() {
		return this.width;
	}

	int getHeight() {
		return this.height;
	}

	long getByteSize() {
		return this.byteSize;
	}

	/**
	 * Says anew what the picture shows, or that it only decorates.
	 */
	void describe(String altText, boolean decorative) {
		this.altText = decorative ? "" : altText;
		this.decorative = decorative;
	}

	String getAltText() {
		return this.altText;
	}

	boolean isDecorative() {
		return this.decorative;
	}

	String getOriginalName() {
		return this.originalName;
	}

	String getUploadedBy() {
		return this.uploadedBy;
	}

	Instant getUploadedAt() {
		return this.uploadedAt;
	}

	/** The stored widths, narrowest first. */
	List<Size> getVariants() {
		return this.variants.stream().sorted(Comparator.comparingInt(Size::getWidth)).toList();
	}

	/**
	 * One stored width of the picture.
	 */
	@Embeddable
	static class Size {

		@Column(nullable = false)
		private int width;

		@Column(nullable = false)
		private int height;

		@Column(name = "byte_size", nullable = false)
		private long byteSize;

		protected Size() {
		}

		Size(int width, int height, long byteSize) {
			this.width = width;
			this.height = height;
			this.byteSize = byteSize;
		}

		int getWidth() {
			return this.width;
		}

		int getHeight() {
			return this.height;
		}

		long getByteSize() {
			return this.byteSize;
		}

	}

}
