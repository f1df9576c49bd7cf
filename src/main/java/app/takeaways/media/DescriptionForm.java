package app.takeaways.media;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a picture of the library shows, said again after its upload.
 *
 * @param altText what the picture shows, for readers who cannot see it
 * @param decorative the picture only decorates, so it needs no text
 */
record DescriptionForm(@Size(max = 500) @Nullable String altText, @Nullable Boolean decorative) {

	boolean isDecorative() {
		return Boolean.TRUE.equals(this.decorative);
	}

	String alt() {
		return (this.altText != null) ? this.altText : "";
	}

	/**
	 * Whether it says what the picture shows, or that it only decorates: a picture needs
	 * one or the other.
	 */
	boolean isComplete() {
		return isDecorative() || !alt().isBlank();
	}

}
