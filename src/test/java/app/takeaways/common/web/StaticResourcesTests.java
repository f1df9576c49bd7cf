package app.takeaways.common.web;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stylesheets and the icon are linked under content-hashed addresses that may be cached
 * for a year; links to pages are left as they are.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourcesTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void pagesLinkHashedStylesheetsThatAreCachedForAYear() throws Exception {
		MvcTestResult home = this.mvc.get().uri("/").exchange();
		Document page = Jsoup.parse(home.getResponse().getContentAsString(StandardCharsets.UTF_8));
		String stylesheet = page.select("link[rel=stylesheet]").attr("href");
		String icon = page.select("link[rel=icon]").attr("href");

		assertThat(stylesheet).matches("/css/site-[0-9a-f]{32}\\.css");
		assertThat(icon).matches("/img/favicon-[0-9a-f]{32}\\.svg");
		assertThat(page.select("a[href^=/posts/]").eachAttr("href"))
			.allMatch((href) -> !href.matches(".*-[0-9a-f]{32}$"));
		MvcTestResult css = this.mvc.get().uri(stylesheet).exchange();
		assertThat(css).hasStatusOk();
		assertThat(css.getResponse().getHeader("Cache-Control")).contains("max-age=31536000", "public");
		assertThat(this.mvc.get().uri(icon)).hasStatusOk();
	}

	@Test
	void nothingElseIsServedAsAStaticFile() {
		assertThat(this.mvc.get().uri("/application.properties")).hasStatus(404);
		assertThat(this.mvc.get().uri("/templates/post/show.html")).hasStatus(404);
	}

}
