package app.takeaways.post;

/**
 * A library picture as a page shows it: the address of a middle width, every width for
 * {@code srcset}, and the intrinsic size of the largest, so the page keeps its place
 * while the picture loads.
 *
 * @param hash the picture's content hash
 * @param src the address of the default width
 * @param srcset every stored width, as {@code address 480w, ...}
 * @param largest the address of the largest stored width (sharing cards, feeds)
 * @param width width of the largest stored variant
 * @param height height of the largest stored variant
 * @param alt the library's text alternative; empty for a decorative picture
 * @param contentType the media type of the stored variants
 * @param byteSize size in bytes of the largest variant
 */
public record Picture(String hash, String src, String srcset, String largest, int width, int height, String alt,
		String contentType, long byteSize) {

	/**
	 * How wide a picture is shown: the whole column, at most the site's measure (42rem).
	 */
	public static final String SIZES = "(max-width: 42rem) 100vw, 42rem";

}
