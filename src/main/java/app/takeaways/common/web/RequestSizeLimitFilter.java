package app.takeaways.common.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code takeaways.max-request-size} (for the
 * WordPress import upload, {@code takeaways.max-upload-size}; for picture uploads,
 * {@code takeaways.max-image-size}) with 413 before anything reads them. A body that
 * announces its length is refused at once; a chunked one is cut off as soon as it passes
 * the limit. Forms are also bounded by the servlet container's own form and multipart
 * limits, set to the same size.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	private final Map<String, Long> uploadLimits;

	RequestSizeLimitFilter(long limit) {
		this(limit, Map.of());
	}

	/**
	 * @param limit the limit for every request
	 * @param uploadPath the one path with a limit of its own (exactly this path)
	 * @param uploadLimit that path's limit
	 */
	RequestSizeLimitFilter(long limit, String uploadPath, long uploadLimit) {
		this(limit, Map.of(uploadPath, uploadLimit));
	}

	/**
	 * @param limit the limit for every request
	 * @param uploadLimits the paths with a limit of their own (exactly these paths)
	 */
	RequestSizeLimitFilter(long limit, Map<String, Long> uploadLimits) {
		this.limit = limit;
		this.uploadLimits = Map.copyOf(uploadLimits);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = this.uploadLimits.getOrDefault(request.getRequestURI(), this.limit);
		long length = request.getContentLengthLong();
		if (length > limit) {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		chain.doFilter((length < 0) ? new BoundedRequest(request, limit) : request, response);
	}

	/**
	 * Thrown while reading a body of unknown length that grew past the limit.
	 */
	@ResponseStatus(value = HttpStatus.CONTENT_TOO_LARGE, reason = "The request is larger than this site accepts.")
	static class RequestTooLargeException extends RuntimeException {

		RequestTooLargeException() {
			super("Request body over the configured limit");
		}

	}

	private static final class BoundedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		BoundedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				this.stream = new BoundedInputStream(super.getInputStream(), this.limit);
			}
			return this.stream;
		}

	}

	private static final class BoundedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long count;

		BoundedInputStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = this.delegate.read();
			if (b >= 0) {
				counted(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = this.delegate.read(buffer, offset, length);
			if (read > 0) {
				counted(read);
			}
			return read;
		}

		private void counted(int bytes) {
			this.count += bytes;
			if (this.count > this.limit) {
				throw new RequestTooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return this.delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.delegate.setReadListener(listener);
		}

	}

}
