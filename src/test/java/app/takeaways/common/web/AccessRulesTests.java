package app.takeaways.common.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who reaches the editor and admin pages, and that no form is accepted without its CSRF
 * token.
 */
@SpringBootTest(properties = "takeaways.demo.enabled=false")
@AutoConfigureMockMvc
class AccessRulesTests {

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "/editor", "/editor/", "/editor/posts/new", "/editor/posts/1", "/editor/posts/1/preview",
			"/editor/posts/1/revisions/1", "/editor/posts/1/delete", "/editor/import", "/editor/anything/else",
			"/admin/users", "/admin/comments", "/admin/anything" })
	void anonymousVisitorsAreSentToTheLoginPage(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/editor/posts", "/editor/posts/1", "/editor/posts/preview", "/editor/posts/1/preview",
			"/editor/posts/1/revisions/1/restore", "/editor/posts/1/delete", "/editor/import", "/admin/users",
			"/admin/users/1/disable", "/admin/users/1/enable", "/admin/users/1/password" })
	void anonymousFormPostsAreSentToTheLoginPage(String path) {
		MvcTestResult result = this.mvc.post().uri(path).with(csrf()).exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@ParameterizedTest
	@WithMockUser(roles = "EDITOR")
	@ValueSource(
			strings = { "/admin/users", "/admin/comments", "/admin/settings/discussion", "/editor/posts/1/delete" })
	void editorsAreForbiddenAdminPagesAndDeleting(String path) {
		assertThat(this.mvc.get().uri(path)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri(path).with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorsReachTheEditor() {
		assertThat(this.mvc.get().uri("/editor")).hasStatusOk();
		assertThat(this.mvc.get().uri("/editor/posts/new")).hasStatusOk();
		assertThat(this.mvc.get().uri("/editor/import")).hasStatusOk();
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void adminsReachUserAdministration() {
		assertThat(this.mvc.get().uri("/admin/users")).hasStatusOk();
	}

	@ParameterizedTest
	@WithMockUser(roles = "ADMIN")
	@ValueSource(strings = { "/editor/posts", "/editor/posts/1", "/editor/posts/preview", "/editor/posts/1/preview",
			"/editor/posts/1/revisions/1/restore", "/editor/posts/1/delete", "/editor/import", "/admin/users",
			"/admin/users/1/disable", "/admin/users/1/enable", "/admin/users/1/password", "/logout", "/login" })
	void everyFormPostWithoutCsrfTokenIsRefused(String path) {
		assertThat(this.mvc.post().uri(path).param("title", "Sneaky")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void theSameFormPostWithItsTokenGetsThrough() {
		MvcTestResult result = this.mvc.post().uri("/editor/posts").with(csrf()).param("action", "add").exchange();

		assertThat(result).hasStatusOk().bodyText().contains("Takeaway 1:");
	}

}
