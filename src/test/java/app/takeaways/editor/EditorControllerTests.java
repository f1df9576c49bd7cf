package app.takeaways.editor;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import app.takeaways.common.web.WebSliceConfiguration;
import app.takeaways.media.MediaLibrary;
import app.takeaways.post.PostPageModel;
import app.takeaways.post.PostStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The editor controller and its template, with the service mocked.
 */
@WebMvcTest(EditorController.class)
@Import({ WebSliceConfiguration.class, EditorControllerTests.FixedClock.class, PostFormValidator.class })
@WithMockUser(username = "ann", roles = "EDITOR")
class EditorControllerTests {

	static final Instant WHEN = Instant.parse("2026-11-20T08:30:00Z");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	EditorService editor;

	@MockitoBean
	PreviewService previews;

	@MockitoBean
	MediaLibrary media;

	@MockitoBean
	PostPageModel pages;

	static EditablePost saved(String title, String... headings) {
		PostForm form = PostFormTests.withRows(headings);
		form.setTitle(title);
		form.setSlug("a-post");
		form.setVersion(4L);
		return new EditablePost(7, form, "a-post", PostStatus.DRAFT, "Ann", WHEN, 4, "ben",
				List.of(new RevisionView(2, "ben", "revision.saved", WHEN),
						new RevisionView(1, "ann", "revision.created", WHEN)));
	}

	static Document page(MvcTestResult result) throws Exception {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void editPageCarriesVersionAnchorsOfRowsCsrfTokenAndRevisions() throws Exception {
		given(this.editor.load(7)).willReturn(saved("Hello", "Alpha", "Bravo"));

		MvcTestResult result = this.mvc.get().uri("/editor/posts/7").exchange();

		assertThat(result).hasStatusOk();
		Document page = page(result);
		assertThat(page.select("form#post-form").attr("action")).isEqualTo("/editor/posts/7");
		assertThat(page.select("form#post-form input[name=_csrf]")).hasSize(1);
		assertThat(page.select("input[name=version]").val()).isEqualTo("4");
		assertThat(page.select("input[type=hidden][name$=anchor]").eachAttr("value")).containsExactly("alpha", "bravo");
		assertThat(page.select("button[value='up:0']").hasAttr("disabled")).isTrue();
		assertThat(page.select("button[value='down:1']").hasAttr("disabled")).isTrue();
		assertThat(page.select(".revisions li").eachText()).containsExactly("Saved ben · 20 November 2026, 08:30",
				"Created ann · 20 November 2026, 08:30");
		assertThat(page.select("script[type=module]").attr("src")).matches("/js/editor-[0-9a-f]{32}\\.js");
		assertThat(page.select("[onclick], [onchange], [onsubmit], script:not([src])")).isEmpty();
	}

	@Test
	void rowActionReRendersAndNeverSaves() throws Exception {
		given(this.editor.load(7)).willReturn(saved("Hello", "Alpha", "Bravo"));

		MvcTestResult result = this.mvc.post()
			.uri("/editor/posts/7")
			.with(csrf())
			.param("action", "remove:0")
			.param("version", "4")
			.param("title", "Typed")
			.param("takeaways[0].heading", "Alpha")
			.param("takeaways[1].heading", "Bravo")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(page(result).select("input.takeaway-heading").eachAttr("value")).containsExactly("Bravo");
		assertThat(page(result).select("#title").val()).isEqualTo("Typed");
		verify(this.editor, never()).update(anyLong(), any(), anyString());
	}

	@Test
	void staleSaveAnswersConflictWithTheirsBesideYoursAndTheirVersionInTheForm() throws Exception {
		EditablePost theirs = saved("Their title", "Alpha");
		given(this.editor.load(7)).willReturn(theirs);
		willThrow(new EditConflictException(saved("Their title", "Alpha"))).given(this.editor)
			.update(anyLong(), any(), anyString());

		MvcTestResult result = this.mvc.post()
			.uri("/editor/posts/7")
			.with(csrf())
			.param("version", "3")
			.param("title", "My title")
			.param("slug", "a-post")
			.param("takeaways[0].heading", "Alpha")
			.param("takeaways[0].body", "About Alpha")
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		Document page = page(result);
		assertThat(page.select(".changes tbody tr")).hasSize(1);
		assertThat(page.select(".changes pre.theirs").text()).isEqualTo("Their title");
		assertThat(page.select(".changes pre.yours").text()).isEqualTo("My title");
		assertThat(page.select("#title").val()).isEqualTo("My title");
		assertThat(page.select("input[name=version]").val()).isEqualTo("4");
	}

	@Test
	void takenSlugIsShownBesideTheSlugField() throws Exception {
		given(this.editor.create(any(), anyString())).willThrow(new SlugTakenException("hello"));

		MvcTestResult result = this.mvc.post()
			.uri("/editor/posts")
			.with(csrf())
			.param("title", "Hello")
			.param("publication", "DRAFT")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(page(result).select("#slug-error").text()).isEqualTo("Another post already has this address.");
		assertThat(page(result).select("#slug").attr("aria-invalid")).isEqualTo("true");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(WHEN, ZoneOffset.UTC);
		}

	}

}
