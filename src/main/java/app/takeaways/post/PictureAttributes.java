package app.takeaways.post;

import java.util.Map;

import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Attributes of the images of one body, as CommonMark renders it: a library picture gets
 * its widths ({@code srcset}, {@code sizes}), its intrinsic size (so the page does not
 * jump while it loads) and its library text when the Markdown gives none; every image but
 * the first loads lazily, and all decode off the main thread.
 */
class PictureAttributes implements AttributeProvider {

	private final PictureSource source;

	private final Map<String, Picture> pictures;

	private boolean first = true;

	PictureAttributes(PictureSource source, Map<String, Picture> pictures) {
		this.source = source;
		this.pictures = pictures;
	}

	@Override
	public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
		if (!(node instanceof Image image)) {
			return;
		}
		this.source.hashOf(image.getDestination()).map(this.pictures::get).ifPresent((picture) -> {
			attributes.put("src", picture.src());
			attributes.put("srcset", picture.srcset());
			attributes.put("sizes", Picture.SIZES);
			attributes.put("width", Integer.toString(picture.width()));
			attributes.put("height", Integer.toString(picture.height()));
			if (attributes.getOrDefault("alt", "").isBlank()) {
				attributes.put("alt", picture.alt());
			}
		});
		if (!this.first) {
			attributes.put("loading", "lazy");
		}
		attributes.put("decoding", "async");
		this.first = false;
	}

}
