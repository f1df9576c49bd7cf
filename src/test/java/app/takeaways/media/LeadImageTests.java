package app.takeaways.media;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A post's lead picture: chosen in the editor from the library, shown above the lead and
 * small in lists, and given to sharing cards, search engines and feeds with its size.
 */
@SpringBootTest(properties = { "takeaways.demo.enabled=false", "takeaways.site-url=https://blog.example" })
@AutoConfigureMockMvc
@Import(MediaFixtures.class)
class LeadImageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaLibrary library;

	@Autowired
	MediaFixtures fixtures;

	String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void postPageShowsLeadPictureAndSharesIt() throws Exception {
		String hash = this.library.upload(TestImages.jpeg(1800, 900), "lead.jpg", "The harbour at dawn", false, "t");
		String slug = this.fixtures.publishedPost("With a lead picture", "Text.", hash);

		Document page = Jsoup.parse(body("/posts/" + slug));

		Element picture = page.selectFirst("article figure.lead-image img");
		assertThat(picture.attr("src")).isEqualTo("/media/" + hash + "-960.jpg");
		assertThat(picture.attr("srcset")).contains(hash + "-1600.jpg 1600w");
		assertThat(picture.attr("width")).isEqualTo("1600");
		assertThat(picture.attr("height")).isEqualTo("800");
		assertThat(picture.attr("alt")).isEqualTo("The harbour at dawn");
		assertThat(page.selectFirst("figure.lead-image + .lead")).isNotNull();
		String largest = "https://blog.example/media/" + hash + "-1600.jpg";
		assertThat(page.selectFirst("meta[property=og:image]").attr("content")).isEqualTo(largest);
		assertThat(page.selectFirst("meta[property=og:image:width]").attr("content")).isEqualTo("1600");
		assertThat(page.selectFirst("meta[property=og:image:height]").attr("content")).isEqualTo("800");
		assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
		assertThat(page.selectFirst("script[type=application/ld+json]").data()).contains("\"image\"", largest,
				"\"width\":1600");
	}

	@Test
	void postWithoutPictureKeepsSmallCard() throws Exception {
		String slug = this.fixtures.publishedPost("Without a picture", "Text.", null);

		Document page = Jsoup.parse(body("/posts/" + slug));

		assertThat(page.select("figure.lead-image, meta[property=og:image]")).isEmpty();
		assertThat(page.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
	}

	@Test
	void listsShowTheLeadPictureSmallAndFeedsCarryIt() throws Exception {
		String hash = this.library.upload(TestImages.png(500, 250), "list.png", "A listed picture", false, "t");
		String slug = this.fixtures.publishedPost("Listed with a picture", "Text.", hash);

		Element summary = Jsoup.parse(body("/"))
			.select("article.summary")
			.stream()
			.filter((article) -> article.text().contains("Listed with a picture"))
			.findFirst()
			.orElseThrow();
		assertThat(summary.selectFirst("img.summary-picture").attr("src")).isEqualTo("/media/" + hash + "-480.png");

		Document atom = Jsoup.parse(body("/feed.atom"), "", Parser.xmlParser());
		Element entry = atom.select("entry")
			.stream()
			.filter((e) -> e.selectFirst("title").text().equals("Listed with a picture"))
			.findFirst()
			.orElseThrow();
		Element enclosure = entry.selectFirst("link[rel=enclosure]");
		assertThat(enclosure.attr("href")).isEqualTo("https://blog.example/media/" + hash + "-500.png");
		assertThat(enclosure.attr("type")).isEqualTo("image/png");

		Document rss = Jsoup.parse(body("/feed.rss"), "", Parser.xmlParser());
		assertThat(rss.select("item enclosure").eachAttr("url"))
			.contains("https://blog.example/media/" + hash + "-500.png");
		assertThat(slug).isNotEmpty();
	}

	@Test
	void editorChoosesTheLeadPictureFromTheLibrary() throws Exception {
		String hash = this.library.upload(TestImages.jpeg(640, 320), "choice.jpg", "A chosen picture", false, "t");
		var editor = user(this.fixtures.editor()).roles("EDITOR");
		Document form = Jsoup.parse(this.mvc.perform(get("/editor/posts/new").with(editor))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.select("select#leadImage option").eachAttr("value")).contains("", hash);

		MvcResult saved = this.mvc
			.perform(post("/editor/posts").with(csrf())
				.with(editor)
				.param("title", "Chosen picture")
				.param("slug", "chosen-picture-" + hash.substring(0, 8))
				.param("lead", "A lead.")
				.param("body", "Body.")
				.param("publication", "NOW")
				.param("leadImage", hash))
			.andReturn();
		String edit = saved.getResponse().getRedirectedUrl();
		assertThat(edit).startsWith("/editor/posts/");

		Document again = Jsoup.parse(this.mvc.perform(get(edit).with(editor))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
		assertThat(again.selectFirst("select#leadImage option[selected]").val()).isEqualTo(hash);
		assertThat(Jsoup.parse(body("/posts/chosen-picture-" + hash.substring(0, 8)))
			.selectFirst("figure.lead-image img")
			.attr("alt")).isEqualTo("A chosen picture");
	}

}
