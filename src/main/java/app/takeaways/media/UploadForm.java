package app.takeaways.media;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * The upload form of the library: a file and what it shows.
 *
 * @param file the picture
 * @param altText what the picture shows, for readers who cannot see it
 * @param decorative the picture only decorates, so it needs no text
 */
record UploadForm(@Nullable MultipartFile file, @Size(max = 500) @Nullable String altText,
		@Nullable Boolean decorative) {

	static UploadForm empty() {
		return new UploadForm(null, "", false);
	}

	DescriptionForm description() {
		return new DescriptionForm(this.altText, this.decorative);
	}

}
