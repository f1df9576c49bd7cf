package app.takeaways.common.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The admin layout's navigation and sign-out form, as each kind of visitor sees them on
 * the screens that use it: editors get posts and pictures, admins everything, and the
 * sign-in page neither links nor a sign-out form.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminLayoutTests {

	private static final String[] ADMIN_LINKS = { "/admin/comments", "/admin/users", "/admin/settings/discussion",
			"/admin/import" };

	@Autowired
	MockMvc mvc;

	@Autowired
	SpringTemplateEngine templates;

	@Test
	void editorsSeePostsAndPicturesButNoAdminLinks() throws Exception {
		for (String screen : new String[] { "/editor", "/editor/media" }) {
			Document page = page(get(screen).with(user("ed").roles("EDITOR")));
			assertThat(navigation(page)).contains("/editor", "/editor/media").doesNotContain(ADMIN_LINKS);
			assertThat(page.select("form.sign-out .who").text()).isEqualTo("ed");
		}
	}

	@Test
	void adminsSeeEveryLinkOnEveryAdminScreen() throws Exception {
		for (String screen : new String[] { "/editor", "/editor/media", "/admin/comments", "/admin/users",
				"/admin/settings/discussion", "/admin/import" }) {
			Document page = page(get(screen).with(user("ad").roles("ADMIN")));
			assertThat(navigation(page)).as(screen).contains("/editor", "/editor/media").contains(ADMIN_LINKS);
			assertThat(page.select("form.sign-out .who").text()).as(screen).isEqualTo("ad");
		}
	}

	@Test
	void theApplicationsTemplatesRememberHowPropertiesAreRead() {
		assertThat(this.templates.getDialects()).hasAtLeastOneElementOfType(RememberedPropertyReadsDialect.class);
	}

	@Test
	void theSignInPageOffersNeitherAdminLinksNorSigningOut() throws Exception {
		Document page = page(get("/login"));
		assertThat(navigation(page)).doesNotContain(ADMIN_LINKS);
		assertThat(page.select("form.sign-out")).isEmpty();
	}

	private Document page(MockHttpServletRequestBuilder request) throws Exception {
		var response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
	}

	private static List<String> navigation(Document page) {
		return page.select("nav.admin-nav a").eachAttr("href");
	}

}
