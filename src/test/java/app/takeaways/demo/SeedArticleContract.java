package app.takeaways.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import app.takeaways.post.PostRepository;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a reader sees of the seed article, loaded as demo content into an empty database.
 * Run on H2 by {@link SeedArticleTests} and on PostgreSQL by {@link SeedArticleIT}.
 */
abstract class SeedArticleContract {

	static final String SLUG = "key-takeaways-from-kim-and-putins-meeting";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	DemoContent demo;

	@Autowired
	PostRepository posts;

	/**
	 * The seed document, read line by line without the application's parser.
	 */
	static List<String> seedParagraphs() throws IOException {
		try (InputStream in = SeedArticleContract.class.getResourceAsStream("/seed/key-takeaways-kim-putin.txt")) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return new ArrayList<>(
					Arrays.stream(text.split("\\n")).map(String::strip).filter((l) -> !l.isEmpty()).toList());
		}
	}

	Document page(String path) throws java.io.UnsupportedEncodingException {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void seedPageShowsTitleLeadNineTakeawaysAndConclusionAsInTheSeedDocument() throws IOException {
		List<String> seed = seedParagraphs();
		Document page = page("/posts/" + SLUG);

		assertThat(page.select("h1").text()).isEqualTo(seed.get(0));
		assertThat(page.select(".lead p").eachText()).containsExactly(seed.get(1));
		assertThat(page.select("ol.takeaways > li").eachText()).containsExactlyElementsOf(
				seed.subList(2, 11).stream().map((line) -> line.replaceFirst("^\\d+\\.\\s+", "")).toList());
		assertThat(page.select("ol.takeaways > li strong").eachText()).containsExactly("Diplomatic Outreach:",
				"Regional Security:", "Economic Cooperation:", "Energy Deals:", "Humanitarian Aid:",
				"Sanctions Relief:", "Cultural and Educational Exchanges:", "Military Cooperation:",
				"Future Engagement:");
		assertThat(page.select(".body").text()).isEqualTo(seed.get(11));
		assertThat(page.select("article.post").text()).doesNotContain("<", "&lt;", "**");
	}

	@Test
	void seedPageShowsOneApprovedCommentAndThatCommentsAreClosed() throws IOException {
		Document page = page("/posts/" + SLUG);
		Element comments = page.selectFirst("#comments");

		assertThat(comments.select("h2").text())
			.isEqualTo("One thought on “Key Takeaways from Kim and Putin’s Meeting”");
		assertThat(comments.select("li.comment")).hasSize(1);
		assertThat(comments.text()).contains("Comments are closed.");
		assertThat(page.select("form[method=post]")).isEmpty();
		assertThat(page.select("textarea")).isEmpty();
	}

	@Test
	void takeawaysHaveStableAnchorsMadeFromTheirHeadings() throws IOException {
		Document page = page("/posts/" + SLUG);

		assertThat(page.select("ol.takeaways > li").eachAttr("id")).containsExactly("diplomatic-outreach",
				"regional-security", "economic-cooperation", "energy-deals", "humanitarian-aid", "sanctions-relief",
				"cultural-and-educational-exchanges", "military-cooperation", "future-engagement");
	}

	@Test
	void headCarriesDescriptionCanonicalOpenGraphAndJsonLdWithNineItems() throws IOException {
		Document page = page("/posts/" + SLUG);

		assertThat(page.title()).startsWith("Key Takeaways from Kim and Putin’s Meeting");
		assertThat(page.select("meta[name=description]").attr("content")).startsWith("In a highly anticipated meeting");
		assertThat(page.select("link[rel=canonical]").attr("href")).endsWith("/posts/" + SLUG).startsWith("http");
		assertThat(page.select("meta[property=og:title]").attr("content"))
			.isEqualTo("Key Takeaways from Kim and Putin’s Meeting");
		JsonNode ld = this.json.readTree(page.select("script[type=application/ld+json]").html());
		assertThat(ld.get("@type").asString()).isEqualTo("Article");
		assertThat(ld.has("hasPart")).as("hasPart expects a CreativeWork, not an ItemList").isFalse();
		JsonNode items = ld.get("about").get("itemListElement");
		assertThat(ld.get("about").get("@type").asString()).isEqualTo("ItemList");
		assertThat(ld.get("publisher").get("@type").asString()).isEqualTo("Organization");
		assertThat(ld.get("publisher").get("name").asString()).isNotBlank();
		assertThat(ld.get("publisher").get("url").asString()).startsWith("http");
		assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
		assertThat(items).hasSize(9);
		assertThat(items.get(0).get("name").asString()).isEqualTo("Diplomatic Outreach");
		assertThat(items.get(8).get("position").asInt()).isEqualTo(9);
	}

	@Test
	void demoPostReadsAsWrittenOnItsPublicationDayNotWhenItWasLoaded() throws IOException {
		Document page = page("/posts/" + SLUG);

		assertThat(page.select("meta[property=article:published_time]").attr("content"))
			.isEqualTo("2026-11-20T08:30:00Z");
		assertThat(page.select("meta[property=article:modified_time]").attr("content"))
			.isEqualTo("2026-11-20T08:30:00Z");
		JsonNode ld = this.json.readTree(page.select("script[type=application/ld+json]").html());
		assertThat(ld.get("dateModified").asString()).isEqualTo("2026-11-20T08:30:00Z");
	}

	@Test
	void takeawaysPageShowsTheListAloneWithALinkBack() throws IOException {
		Document page = page("/posts/" + SLUG + "/takeaways");

		assertThat(page.title()).as("a title that already says it does not say it twice")
			.startsWith("Key Takeaways from Kim and Putin’s Meeting")
			.doesNotContainIgnoringCase("takeaways from “");

		assertThat(page.select("ol.takeaways > li")).hasSize(9);
		assertThat(page.select("a[href=/posts/" + SLUG + "]")).isNotEmpty();
		assertThat(page.select(".body")).isEmpty();
	}

	@Test
	void homePageListsThePublishedDemoPostsButNotTheDraft() throws IOException {
		Document page = page("/");

		assertThat(page.select("article.summary h2").eachText())
			.contains("Key Takeaways from Kim and Putin’s Meeting", "Five Takeaways from the Autumn Harvest Report",
					"Notes from a Quiet Week in Parliament")
			.doesNotContain("What to Watch at Next Month's Climate Summit");
		Element seed = page.select("article.summary").first();
		assertThat(seed.text()).contains("9 takeaways", "One comment", "Mara Lindqvist", "20 November 2026");
	}

	@Test
	void apiServesTheSeedTakeawaysInOrder() {
		MvcTestResult result = this.mvc.get().uri("/api/posts/" + SLUG + "/takeaways").exchange();

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$[*].heading").asArray().hasSize(9);
		assertThat(result).bodyJson().extractingPath("$[3].anchor").isEqualTo("energy-deals");
		assertThat(result).bodyJson().extractingPath("$[3].position").isEqualTo(4);
	}

	@Test
	void editorsPreviewOfTheSeedLooksLikeThePublicPageWithItsComment() throws IOException {
		long id = this.posts.findWithTakeawaysBySlug(SLUG).orElseThrow().getId();
		MvcTestResult result = this.mvc.get()
			.uri("/editor/posts/" + id + "/preview")
			.with(SecurityMockMvcRequestPostProcessors.user("editor").roles("EDITOR"))
			.exchange();
		assertThat(result).hasStatusOk();
		Document preview = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		Document page = page("/posts/" + SLUG);

		assertThat(preview.select(".preview-banner")).hasSize(1);
		assertThat(preview.select("article.post").html()).isEqualTo(page.select("article.post").html());
		assertThat(preview.select("#comments").html()).isEqualTo(page.select("#comments").html());
	}

	@Test
	void loadingDemoContentAgainChangesNothing() throws Exception {
		long before = this.posts.count();
		ApplicationArguments none = new DefaultApplicationArguments();

		this.demo.run(none);

		assertThat(this.posts.count()).isEqualTo(before).isEqualTo(5 + 1);
	}

}
