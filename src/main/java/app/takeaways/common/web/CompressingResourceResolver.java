package app.takeaways.common.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import app.takeaways.common.Compression;
import app.takeaways.common.ContentCoding;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaTypeFactory;
import org.springframework.web.servlet.resource.HttpResource;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Serves stylesheets and scripts in gzip or brotli when the browser takes them, from
 * bytes compressed once per file and coding (the files never change while the app runs).
 * Every coding is its own resource, so it gets its own strong ETag from
 * {@link StaticResourcesConfiguration}, and every answer says
 * {@code Vary: Accept-Encoding}. Files of 1 KiB or less go out as they are.
 */
class CompressingResourceResolver implements ResourceResolver {

	private final Map<String, byte[]> compressed = new ConcurrentHashMap<>();

	@Override
	public @Nullable Resource resolveResource(@Nullable HttpServletRequest request, String requestPath,
			List<? extends Resource> locations, ResourceResolverChain chain) {
		Resource resource = chain.resolveResource(request, requestPath, locations);
		if (resource == null || request == null) {
			return resource;
		}
		String type = MediaTypeFactory.getMediaType(resource).map(Object::toString).orElse(null);
		byte[] original = bytesOf(resource.getDescription(), resource);
		if (original == null || !Compression.worthIt(type, original.length)) {
			return resource;
		}
		ContentCoding coding = ContentCoding.negotiate(request.getHeader(HttpHeaders.ACCEPT_ENCODING),
				Compression.brotliAvailable());
		byte[] body = switch (coding) {
			case IDENTITY -> original;
			case GZIP -> this.compressed.computeIfAbsent(key(resource, coding), (key) -> Compression.gzip(original));
			case BROTLI -> this.compressed.computeIfAbsent(key(resource, coding), (key) -> {
				byte[] brotli = Compression.brotli(original);
				return (brotli != null) ? brotli : Compression.gzip(original);
			});
		};
		return new Encoded(resource, coding, body);
	}

	@Override
	public @Nullable String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
			ResourceResolverChain chain) {
		return chain.resolveUrlPath(resourcePath, locations);
	}

	private byte @Nullable [] bytesOf(String key, Resource resource) {
		try {
			return this.compressed.computeIfAbsent(key, (k) -> {
				try (InputStream in = resource.getInputStream()) {
					return in.readAllBytes();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			return null;
		}
	}

	private static String key(Resource resource, ContentCoding coding) {
		return resource.getDescription() + " " + coding;
	}

	/**
	 * A static file in one coding.
	 */
	private static final class Encoded extends AbstractResource implements HttpResource {

		private final Resource original;

		private final ContentCoding coding;

		private final byte[] body;

		Encoded(Resource original, ContentCoding coding, byte[] body) {
			this.original = original;
			this.coding = coding;
			this.body = body;
		}

		@Override
		public InputStream getInputStream() {
			return new ByteArrayInputStream(this.body);
		}

		@Override
		public long contentLength() {
			return this.body.length;
		}

		@Override
		public long lastModified() throws IOException {
			return this.original.lastModified();
		}

		@Override
		public @Nullable String getFilename() {
			return this.original.getFilename();
		}

		@Override
		public boolean exists() {
			return true;
		}

		@Override
		public Resource createRelative(String relativePath) throws IOException {
			return this.original.createRelative(relativePath);
		}

		@Override
		public String getDescription() {
			return this.original.getDescription() + " in " + this.coding;
		}

		@Override
		public HttpHeaders getResponseHeaders() {
			HttpHeaders headers = new HttpHeaders();
			headers.set(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
			if (this.coding.token() != null) {
				headers.set(HttpHeaders.CONTENT_ENCODING, this.coding.token());
			}
			return headers;
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Encoded encoded && encoded.getDescription().equals(getDescription());
		}

		@Override
		public int hashCode() {
			return getDescription().hashCode();
		}

	}

}
