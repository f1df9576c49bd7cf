package app.takeaways.media;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The library screen: each picture with its thumbnail, text, size, the posts that use it
 * and the Markdown to copy; admins delete pictures no post uses, and are told which posts
 * still use the others.
 */
@SpringBootTest(properties = "takeaways.demo.enabled=false")
@AutoConfigureMockMvc
@Import(MediaFixtures.class)
class MediaLibraryPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MediaLibrary library;

	@Autowired
	MediaFixtures fixtures;

	static RequestPostProcessor admin() {
		return user("media-admin").roles("ADMIN");
	}

	Document libraryPage(RequestPostProcessor who) throws Exception {
		return Jsoup.parse(this.mvc.perform(get("/editor/media").with(who))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	int status(String address) throws Exception {
		return this.mvc.perform(get(address)).andReturn().getResponse().getStatus();
	}

	MockHttpServletResponse delete(String hash, RequestPostProcessor who) throws Exception {
		return this.mvc.perform(post("/editor/media/" + hash + "/delete").with(csrf()).with(who))
			.andReturn()
			.getResponse();
	}

	@Test
	void listShowsThumbnailTextSizeUseAndMarkdown() throws Exception {
		String hash = this.library.upload(TestImages.jpeg(1000, 500), "list.jpg", "A listed gradient", false, "t");
		this.fixtures.publishedPost("Listed in a post", "![](/media/" + hash + "-960.jpg)", null);

		Element row = libraryPage(user("e").roles("EDITOR")).getElementById("picture-" + hash);

		assertThat(row.selectFirst("img.thumbnail").attr("src")).isEqualTo("/media/" + hash + "-480.jpg");
		assertThat(row.text()).contains("A listed gradient", "1000 × 500 pixels", "JPEG", "Listed in a post");
		assertThat(row.selectFirst("input.markdown").val())
			.isEqualTo("![A listed gradient](/media/" + hash + "-1000.jpg)");
		assertThat(row.select("form[action$=/delete]")).isEmpty();
	}

	@Test
	void adminDeletesAnUnusedPicture() throws Exception {
		String hash = this.library.upload(TestImages.png(120, 60), "unused.png", "Unused", false, "t");

		assertThat(libraryPage(admin()).getElementById("picture-" + hash).select("form[action$=/delete]")).hasSize(1);
		MockHttpServletResponse response = delete(hash, admin());

		assertThat(response.getRedirectedUrl()).isEqualTo("/editor/media");
		assertThat(status("/media/" + hash + "-120.png")).isEqualTo(404);
		assertThat(libraryPage(admin()).getElementById("picture-" + hash)).isNull();
	}

	@Test
	void deleteIsRefusedWhilePostsUseThePictureAndNamesThem() throws Exception {
		String hash = this.library.upload(TestImages.png(140, 70), "used.png", "Used", false, "t");
		this.fixtures.publishedPost("Uses it in the body", "Look: ![](/media/" + hash + "-140.png)", null);
		this.fixtures.publishedPost("Uses it as lead picture", "No pictures here.", hash);

		MvcResult refused = this.mvc.perform(post("/editor/media/" + hash + "/delete").with(csrf()).with(admin()))
			.andReturn();

		assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/editor/media");
		assertThat(refused.getFlashMap().get("problem")).isEqualTo("media.in-use");
		assertThat((java.util.List<?>) refused.getFlashMap().get("inUse")).extracting("title")
			.containsExactly("Uses it as lead picture", "Uses it in the body");
		Document page = libraryPage(admin());
		assertThat(page.getElementById("picture-" + hash)).isNotNull();
		assertThat(status("/media/" + hash + "-140.png")).isEqualTo(200);
	}

	@Test
	void editorsCannotDelete() throws Exception {
		String hash = this.library.upload(TestImages.png(130, 65), "kept.png", "Kept", false, "t");

		assertThat(delete(hash, user("e").roles("EDITOR")).getStatus()).isEqualTo(403);
		assertThat(status("/media/" + hash + "-130.png")).isEqualTo(200);
	}

	MvcResult describe(String hash, String altText, boolean decorative) throws Exception {
		var request = post("/editor/media/" + hash + "/describe").with(csrf())
			.with(user("e").roles("EDITOR"))
			.param("altText", altText);
		if (decorative) {
			request.param("decorative", "true");
		}
		return this.mvc.perform(request).andReturn();
	}

	String leadPictureText(String slug) throws Exception {
		return Jsoup
			.parse(this.mvc.perform(get("/posts/" + slug))
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8))
			.select("meta[property=og:image:alt]")
			.attr("content");
	}

	@Test
	void editorChangesTheTextAlternativeAndThePostsThatShowItFollow() throws Exception {
		String hash = this.library.upload(TestImages.png(160, 80), "lead.png", "A grey square", false, "t");
		String slug = this.fixtures.publishedPost("Lead picture described again", "Body.", hash);
		assertThat(leadPictureText(slug)).isEqualTo("A grey square");

		MvcResult saved = describe(hash, "  Fishing boats in a grey harbour  ", false);

		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/editor/media#picture-" + hash);
		assertThat(saved.getFlashMap().get("notice")).isEqualTo("media.described");
		assertThat(leadPictureText(slug)).as("the cached page was let go").isEqualTo("Fishing boats in a grey harbour");
		Element row = libraryPage(admin()).getElementById("picture-" + hash);
		assertThat(row.text()).contains("Fishing boats in a grey harbour");
		assertThat(row.selectFirst("form[action$=/describe] input[name=altText]").val())
			.isEqualTo("Fishing boats in a grey harbour");
	}

	@Test
	void aPictureWithoutTextMustBeMarkedDecorative() throws Exception {
		String hash = this.library.upload(TestImages.png(170, 85), "texted.png", "Kept text", false, "t");

		MvcResult refused = describe(hash, "   ", false);

		assertThat(refused.getFlashMap().get("problem")).isEqualTo("media.alt.required");
		assertThat(libraryPage(admin()).getElementById("picture-" + hash).text()).contains("Kept text");

		describe(hash, "ignored when decorative", true);

		Element row = libraryPage(admin()).getElementById("picture-" + hash);
		assertThat(row.text()).contains("Decorative").doesNotContain("Kept text", "ignored when decorative");
		assertThat(row.selectFirst("form[action$=/describe] input[name=decorative]").hasAttr("checked")).isTrue();
	}

	@Test
	void describingAnUnknownPictureIs404() throws Exception {
		assertThat(describe("0123456789abcdef0123456789abcdef", "Something", false).getResponse().getStatus())
			.isEqualTo(404);
	}

}
