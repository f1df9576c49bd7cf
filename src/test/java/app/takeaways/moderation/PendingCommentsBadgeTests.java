package app.takeaways.moderation;

import app.takeaways.comment.DiscussionSettingsForm;
import app.takeaways.comment.DiscussionSettingsStore;
import app.takeaways.common.web.WebSliceConfiguration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The pending-comments badge on an admin screen other than the queue (the discussion
 * settings): counted for the page an admin sees, not for a save that redirects, and a
 * database that cannot be reached for the count gets the "try again shortly" answer, as
 * any handler's would.
 */
@WebMvcTest(DiscussionSettingsController.class)
@Import(WebSliceConfiguration.class)
class PendingCommentsBadgeTests {

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ModerationService moderation;

	@MockitoBean
	DiscussionSettingsStore settings;

	@BeforeEach
	void settings() {
		given(this.settings.form()).willReturn(new DiscussionSettingsForm(true, 2, "", false, 0, 3));
	}

	@Test
	void anAdminScreenShowsHowManyCommentsWait() throws Exception {
		given(this.moderation.pendingCount()).willReturn(new QueueCount(7, false));

		MvcTestResult page = this.mvc.get()
			.uri("/admin/settings/discussion")
			.with(user("ad").roles("ADMIN"))
			.exchange();

		assertThat(page).hasStatusOk();
		assertThat(Jsoup.parse(page.getResponse().getContentAsString()).select(".admin-nav .badge").text())
			.isEqualTo("7");
	}

	@Test
	void aSaveThatRedirectsCountsNothing() {
		MvcTestResult saved = this.mvc.post()
			.uri("/admin/settings/discussion")
			.with(user("ad").roles("ADMIN"))
			.with(csrf())
			.param("holdFirstTime", "true")
			.param("maxLinks", "2")
			.param("disallowedWords", "")
			.param("holdAll", "false")
			.param("closeAfterDays", "0")
			.param("maxDepth", "3")
			.exchange();

		assertThat(saved).hasStatus(HttpStatus.FOUND);
		verify(this.moderation, never()).pendingCount();
	}

	@Test
	void aDatabaseThatCannotBeReachedForTheCountGetsTheTryAgainAnswer() {
		given(this.moderation.pendingCount()).willThrow(new CannotCreateTransactionException("no connection"));

		MvcTestResult page = this.mvc.get()
			.uri("/admin/settings/discussion")
			.with(user("ad").roles("ADMIN"))
			.exchange();

		assertThat(page).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(page.getResponse().getHeader(HttpHeaders.RETRY_AFTER)).isNotBlank();
	}

}
