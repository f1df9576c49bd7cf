package app.takeaways.media;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Stored pictures as browsers fetch them: content-hashed addresses kept for a year, asked
 * again only with their ETag, with the right type, and 404 for anything else.
 */
@SpringBootTest(properties = "takeaways.demo.enabled=false")
@AutoConfigureMockMvc
class MediaServingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaLibrary library;

	MockHttpServletResponse fetch(String path, String ifNoneMatch) throws Exception {
		var request = get(path);
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void storedPictureIsCachedForAYearWithItsEtag() throws Exception {
		byte[] png = TestImages.png(260, 130);
		String hash = this.library.upload(png, "a.png", "A square", false, "tester");

		MockHttpServletResponse response = fetch("/media/" + hash + "-260.png", null);

		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("image/png");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
		assertThat(response.getHeader("ETag")).isEqualTo("\"" + hash + "-260.png\"");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getContentAsByteArray()).startsWith(0x89, 'P', 'N', 'G');
	}

	@Test
	void unchangedPictureIsAnswered304() throws Exception {
		byte[] jpeg = TestImages.jpeg(300, 200);
		String hash = this.library.upload(jpeg, "b.jpg", "A gradient", false, "tester");
		String etag = fetch("/media/" + hash + "-300.jpg", null).getHeader("ETag");

		MockHttpServletResponse again = fetch("/media/" + hash + "-300.jpg", etag);

		assertThat(again.getStatus()).isEqualTo(304);
		assertThat(again.getContentAsByteArray()).isEmpty();
		assertThat(again.getHeader("Cache-Control")).contains("immutable");
	}

	@Test
	void deletedPictureIsGoneAlthoughItWasKeptInMemory() throws Exception {
		byte[] png = TestImages.png(240, 120);
		String hash = this.library.upload(png, "kept.png", "Kept", false, "tester");
		byte[] first = fetch("/media/" + hash + "-240.png", null).getContentAsByteArray();
		assertThat(fetch("/media/" + hash + "-240.png", null).getContentAsByteArray()).as("the kept copy")
			.isEqualTo(first);

		this.library.delete(hash);

		assertThat(fetch("/media/" + hash + "-240.png", null).getStatus()).isEqualTo(404);
	}

	@Test
	void missingOrMalformedAddressIs404() throws Exception {
		assertThat(fetch("/media/0123456789abcdef0123456789abcdef-480.jpg", null).getStatus()).isEqualTo(404);
		assertThat(fetch("/media/../../etc/passwd", null).getStatus()).isIn(400, 404);
		assertThat(fetch("/media/nothing.svg", null).getStatus()).isEqualTo(404);
	}

	@Test
	void widthThatWasNotMadeIs404() throws Exception {
		byte[] png = TestImages.png(400, 100);
		String hash = this.library.upload(png, "c.png", "Wide", false, "tester");

		assertThat(fetch("/media/" + hash + "-400.png", null).getStatus()).isEqualTo(200);
		assertThat(fetch("/media/" + hash + "-960.png", null).getStatus()).isEqualTo(404);
		assertThat(fetch("/media/" + hash + "-400.jpg", null).getStatus()).isEqualTo(404);
	}

}
