package app.takeaways.media;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Library pictures in a post as readers get them: every width in {@code srcset}, the
 * intrinsic size so the page does not jump, the library's text, and lazy loading for all
 * but the first picture.
 */
@SpringBootTest(properties = "takeaways.demo.enabled=false")
@AutoConfigureMockMvc
@Import(MediaFixtures.class)
class PictureRenderingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaLibrary library;

	@Autowired
	MediaFixtures fixtures;

	Document page(String slug) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/posts/" + slug))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void libraryPictureRendersWidthsSizeAndText() throws Exception {
		String hash = this.library.upload(TestImages.jpeg(2000, 1000), "wide.jpg", "Sunrise over the harbour", false,
				"tester");
		String slug = this.fixtures.publishedPost("Harbour", "Before.\n\n![](/media/" + hash
				+ "-1600.jpg)\n\nBetween.\n\n![A second look](/media/" + hash + "-480.jpg)\n\nAfter.", null);

		Elements images = page(slug).select(".body img");

		assertThat(images).hasSize(2);
		Element first = images.get(0);
		assertThat(first.attr("src")).isEqualTo("/media/" + hash + "-960.jpg");
		assertThat(first.attr("srcset").replace(" , ", ", ")).isEqualTo("/media/" + hash + "-480.jpg 480w, /media/"
				+ hash + "-960.jpg 960w, /media/" + hash + "-1600.jpg 1600w");
		assertThat(first.attr("sizes")).isEqualTo("(max-width: 42rem) 100vw, 42rem");
		assertThat(first.attr("width")).isEqualTo("1600");
		assertThat(first.attr("height")).isEqualTo("800");
		assertThat(first.attr("alt")).isEqualTo("Sunrise over the harbour");
		assertThat(first.attr("decoding")).isEqualTo("async");
		assertThat(first.hasAttr("loading")).isFalse();
		Element second = images.get(1);
		assertThat(second.attr("alt")).isEqualTo("A second look");
		assertThat(second.attr("loading")).isEqualTo("lazy");
		assertThat(second.attr("width")).isEqualTo("1600");
	}

	@Test
	void smallPictureOffersOnlyItsOwnWidth() throws Exception {
		String hash = this.library.upload(TestImages.png(300, 150), "small.png", "A small badge", false, "tester");
		String slug = this.fixtures.publishedPost("Badge", "![](/media/" + hash + "-300.png)", null);

		Element image = page(slug).selectFirst(".body img");

		assertThat(image.attr("srcset").replace(" , ", ", ")).isEqualTo("/media/" + hash + "-300.png 300w");
		assertThat(image.attr("width")).isEqualTo("300");
		assertThat(image.attr("height")).isEqualTo("150");
	}

	@Test
	void otherImagesKeepTheirAddressWithoutSrcset() throws Exception {
		String slug = this.fixtures.publishedPost("Elsewhere",
				"![Chart](https://example.org/chart.png)\n\n![Missing](/media/0123456789abcdef0123456789abcdef-480.jpg)",
				null);

		Elements images = page(slug).select(".body img");

		assertThat(images.get(0).attr("src")).isEqualTo("https://example.org/chart.png");
		assertThat(images.get(0).hasAttr("srcset")).isFalse();
		assertThat(images.get(1).hasAttr("srcset")).isFalse();
		assertThat(images.get(1).attr("loading")).isEqualTo("lazy");
	}

	@Test
	void markdownCannotSmuggleAttributes() throws Exception {
		String slug = this.fixtures.publishedPost("Hostile",
				"<img src=x onerror=alert(1)>\n\n![x\" onerror=\"alert(1)](/media/x.png \"t\\\" onload=\\\"alert(1)\")",
				null);

		Document page = page(slug);

		assertThat(page.select(".body [onerror], .body [onload]")).isEmpty();
	}

}
