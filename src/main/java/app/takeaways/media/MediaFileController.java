package app.takeaways.media;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * {@code /media/{hash}-{width}.{ext}}: a stored variant. Its address names its content,
 * so browsers and proxies may keep it for a year without asking again.
 */
@Controller
class MediaFileController {

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final MediaLibrary library;

	MediaFileController(MediaLibrary library) {
		this.library = library;
	}

	@GetMapping("/media/{name:.+}")
	ResponseEntity<byte[]> file(@PathVariable String name, WebRequest request) {
		if (!MediaAddress.isWellFormed(name)) {
			throw new MediaNotFoundException(name);
		}
		String etag = "\"" + name + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).eTag(etag).cacheControl(FOREVER).build();
		}
		MediaLibrary.MediaFile file = this.library.file(name).orElseThrow(() -> new MediaNotFoundException(name));
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(FOREVER)
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.data().length)
			.body(file.data());
	}

}
