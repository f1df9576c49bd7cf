package app.takeaways.media;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
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

	private static final String SENDFILE_SUPPORTED = "org.apache.tomcat.sendfile.support";

	private static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";

	private static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";

	private static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";

	private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private final MediaLibrary library;

	MediaFileController(MediaLibrary library) {
		this.library = library;
	}

	@GetMapping("/media/{name:.+}")
	ResponseEntity<Resource> file(@PathVariable String name, WebRequest request, HttpServletRequest servletRequest) {
		if (!MediaAddress.isWellFormed(name)) {
			throw new MediaNotFoundException(name);
		}
		String etag = "\"" + name + "\"";
		if (request.checkNotModified(etag)) {
			return ResponseEntity.status(304).eTag(etag).cacheControl(FOREVER).build();
		}
		MediaFile file = this.library.file(name).orElseThrow(() -> new MediaNotFoundException(name));
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(FOREVER)
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.length());
		if (sendsFiles(servletRequest)) {
			servletRequest.setAttribute(SENDFILE_FILENAME, file.path().toString());
			servletRequest.setAttribute(SENDFILE_START, 0L);
			servletRequest.setAttribute(SENDFILE_END, file.length());
			return answer.build();
		}
		return answer.body(new FileSystemResource(file.path()));
	}

	/**
	 * Whether Tomcat sends the file itself once the handler returns (its
	 * {@code DefaultServlet} does so for static files): the kernel copies the bytes, not
	 * the application. Not for HEAD, which has no body to send.
	 */
	private static boolean sendsFiles(HttpServletRequest request) {
		return "GET".equals(request.getMethod()) && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORTED));
	}

}
