package app.takeaways.discovery;

import java.time.Instant;
import java.util.List;

import app.takeaways.common.web.WebSliceConfiguration;
import app.takeaways.post.PostLists;
import app.takeaways.post.PostSummary;
import app.takeaways.post.TagView;
import app.takeaways.post.TaggedPosts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.SliceImpl;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

@WebMvcTest({ SearchController.class, SearchApiController.class, TagController.class })
@Import(WebSliceConfiguration.class)
class DiscoveryControllerTests {

	static final Instant WHEN = Instant.parse("2026-11-20T08:30:00Z");

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	SearchService search;

	@MockitoBean
	PostLists lists;

	static SearchOutcome hostileResult() {
		Highlighter highlighter = new Highlighter(List.of("energy"));
		SearchResult result = new SearchResult("hostile", highlighter.mark("<script>alert(1)</script> energy"),
				highlighter.mark("An <img src=x onerror=alert(2)> energy lead"), List.of(), "Ann <b>", WHEN, List.of());
		return new SearchOutcome("energy", null, new PageImpl<>(List.of(result), PageRequest.of(0, 10), 1));
	}

	@Test
	void searchPageEscapesPostTextAndMarksOnlyTheMatches() throws Exception {
		given(this.search.search("energy", 1)).willReturn(hostileResult());

		MvcTestResult result = this.mvc.get().uri("/search?q=energy").exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt; <mark>energy</mark>",
					"An &lt;img src=x onerror=alert(2)&gt; <mark>energy</mark> lead", "By Ann &lt;b&gt;")
			.doesNotContain("<script>alert", "<img src=x");
	}

	@Test
	void apiGivesMarkedTextAsEscapedHtmlAndAsPlainText() {
		given(this.search.search("energy", 1)).willReturn(hostileResult());

		MvcTestResult result = this.mvc.get().uri("/api/search?q=energy").exchange();

		assertThat(result).hasStatusOk()
			.bodyJson()
			.extractingPath("$.results[0].title.html")
			.isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; <mark>energy</mark>");
		assertThat(result).bodyJson()
			.extractingPath("$.results[0].title.text")
			.isEqualTo("<script>alert(1)</script> energy");
	}

	@Test
	void middlePageOfATagLinksToTheNextAndPreviousPages() throws Exception {
		PostSummary summary = new PostSummary("hello", "Hello", "Excerpt", "Ann", WHEN, 3, 0, List.of(), null);
		given(this.lists.tagged("energy", 2)).willReturn(new TaggedPosts(new TagView("energy", "Energy"),
				new SliceImpl<>(List.of(summary), PageRequest.of(1, 1), true)));

		Document page = Jsoup
			.parse(this.mvc.get().uri("/tags/energy?page=2").exchange().getResponse().getContentAsString());

		assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/tags/energy?page=3");
		assertThat(page.select("a[rel=prev]").attr("href")).isEqualTo("/tags/energy");
		assertThat(page.select("link[rel=next]").attr("href")).isEqualTo("/tags/energy?page=3");
		assertThat(page.select("link[rel=prev]").attr("href")).isEqualTo("/tags/energy");
		assertThat(page.title()).isEqualTo("“Energy”, page 2 – Takeaways");
	}

	@Test
	void searchResultPagesLinkOnwardWithTheQuery() throws Exception {
		Highlighter highlighter = new Highlighter(List.of("energy"));
		SearchResult result = new SearchResult("a", highlighter.mark("A"), highlighter.mark("B"), List.of(), "Ann",
				WHEN, List.of());
		given(this.search.search("energy deals", 2)).willReturn(
				new SearchOutcome("energy deals", null, new PageImpl<>(List.of(result), PageRequest.of(1, 1), 3)));

		Document page = Jsoup
			.parse(this.mvc.get().uri("/search?q=energy deals&page=2").exchange().getResponse().getContentAsString());

		assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/search?q=energy%20deals&page=3");
		assertThat(page.select("a[rel=prev]").attr("href")).isEqualTo("/search?q=energy%20deals");
	}

}
