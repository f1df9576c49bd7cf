package app.takeaways.common.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestSizeLimitFilterTests {

	private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(1024);

	@Test
	void announcedBodyOverTheLimitIsRefusedUnread() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/posts/x/comments");
		request.setContent(new byte[1025]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();

		this.filter.doFilter(request, response, chain);

		assertThat(response.getStatus()).isEqualTo(413);
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void bodyOfUnknownLengthIsCutOffOnceItPassesTheLimit() {
		MockHttpServletRequest request = new ChunkedRequest(new byte[4096]);

		assertThatThrownBy(() -> this.filter.doFilter(request, new MockHttpServletResponse(), readingEverything()))
			.isInstanceOf(RequestSizeLimitFilter.RequestTooLargeException.class);
	}

	@Test
	void bodyOfUnknownLengthWithinTheLimitIsReadWhole() throws Exception {
		MockHttpServletRequest request = new ChunkedRequest(new byte[1024]);
		MockFilterChain chain = readingEverything();

		this.filter.doFilter(request, new MockHttpServletResponse(), chain);

		assertThat(chain.getRequest().getAttribute("read")).isEqualTo(1024);
	}

	@Test
	void theUploadPathAloneTakesBodiesUpToItsOwnLimit() throws Exception {
		RequestSizeLimitFilter withUpload = new RequestSizeLimitFilter(1024, "/admin/import", 8192);
		MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/admin/import");
		upload.setContent(new byte[4096]);
		MockFilterChain chain = new MockFilterChain();
		withUpload.doFilter(upload, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();

		MockHttpServletRequest tooBig = new MockHttpServletRequest("POST", "/admin/import");
		tooBig.setContent(new byte[8193]);
		MockHttpServletResponse refused = new MockHttpServletResponse();
		withUpload.doFilter(tooBig, refused, new MockFilterChain());
		assertThat(refused.getStatus()).isEqualTo(413);

		MockHttpServletRequest elsewhere = new MockHttpServletRequest("POST", "/editor/import");
		elsewhere.setContent(new byte[4096]);
		MockHttpServletResponse response = new MockHttpServletResponse();
		withUpload.doFilter(elsewhere, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(413);
	}

	@Test
	void eachUploadPathHasItsOwnLimit() throws Exception {
		RequestSizeLimitFilter withUploads = new RequestSizeLimitFilter(1024,
				java.util.Map.of("/admin/import", 8192L, "/editor/media", 4096L));
		MockHttpServletRequest picture = new MockHttpServletRequest("POST", "/editor/media");
		picture.setContent(new byte[4000]);
		MockFilterChain chain = new MockFilterChain();
		withUploads.doFilter(picture, new MockHttpServletResponse(), chain);
		assertThat(chain.getRequest()).isNotNull();

		MockHttpServletRequest tooBig = new MockHttpServletRequest("POST", "/editor/media");
		tooBig.setContent(new byte[6000]);
		MockHttpServletResponse refused = new MockHttpServletResponse();
		withUploads.doFilter(tooBig, refused, new MockFilterChain());
		assertThat(refused.getStatus()).isEqualTo(413);
	}

	private static MockFilterChain readingEverything() {
		return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response) throws IOException, ServletException {
				try (InputStream in = request.getInputStream()) {
					request.setAttribute("read", in.readAllBytes().length);
				}
			}
		});
	}

	/**
	 * A request whose body arrives chunked, without a {@code Content-Length}.
	 */
	private static final class ChunkedRequest extends MockHttpServletRequest {

		ChunkedRequest(byte[] body) {
			super("POST", "/api/posts/x/comments");
			setContent(body);
		}

		@Override
		public long getContentLengthLong() {
			return -1;
		}

		@Override
		public int getContentLength() {
			return -1;
		}

	}

}
