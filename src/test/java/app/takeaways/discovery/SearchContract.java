package app.takeaways.discovery;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.post.Post;
import app.takeaways.post.PostContent;
import app.takeaways.post.PostRepository;
import app.takeaways.post.Posts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching the demo content as a reader does. Run on H2 by {@link SearchTests} and on
 * PostgreSQL (full-text search) by {@link SearchIT}: plain words must give the same
 * results on both.
 */
abstract class SearchContract {

	static final String SEED = "key-takeaways-from-kim-and-putins-meeting";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PostRepository posts;

	@Autowired
	AccountRepository accounts;

	@Autowired
	Clock clock;

	@Autowired
	SearchResultCache cache;

	/**
	 * These tests change posts through the repository, not through the services that
	 * announce changes (and evict cached results): each starts from an empty cache.
	 */
	@BeforeEach
	void forgetCachedResults() {
		this.cache.evictAll();
	}

	/**
	 * Brings the search index up to this transaction's changes, for a test that saves and
	 * searches inside one transaction. On H2 there is nothing to do; on PostgreSQL the
	 * index is rebuilt by triggers deferred to commit, which {@link SearchIT} runs now.
	 */
	void searchIndexCatchesUp() {
	}

	Document page(String path) throws UnsupportedEncodingException {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static List<String> resultSlugs(Document page) {
		return page.select("article.result h2 a").eachAttr("href").stream().map((h) -> h.substring(7)).toList();
	}

	@Test
	void energyFindsTheSeedArticleFirstWithEnergyDealsHighlighted() throws Exception {
		Document page = page("/search?q=energy");

		assertThat(resultSlugs(page)).first().isEqualTo(SEED);
		Element first = page.selectFirst("article.result");
		Element energyDeals = first.select(".matched-takeaways a.takeaway-heading")
			.stream()
			.filter((a) -> a.text().equals("Energy Deals"))
			.findFirst()
			.orElseThrow();
		assertThat(energyDeals.html()).isEqualTo("<mark>Energy</mark> Deals");
		assertThat(energyDeals.attr("href")).isEqualTo("/posts/" + SEED + "#energy-deals");
		assertThat(first.select("mark").eachText())
			.allSatisfy((word) -> assertThat(word).isEqualToIgnoringCase("energy"));
		assertThat(page.select(".search-count").text()).isEqualTo("Articles matching “energy”, best first.");
		assertThat(page.select("#search-q").val()).isEqualTo("energy");
	}

	@Test
	void aWordInNoPostGivesAnEmptyResultPageThatSaysSo() throws Exception {
		Document page = page("/search?q=xylophonist");

		assertThat(page.select("article.result")).isEmpty();
		assertThat(page.select(".search-count").text()).isEqualTo("No articles match “xylophonist”.");
		assertThat(page.select(".empty").text()).contains("Try fewer or different words");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "the", "!?" })
	void emptyQueriesGetAMessageInsteadOfResults(String query) throws Exception {
		MvcTestResult result = this.mvc.get().uri("/search").param("q", query).exchange();

		assertThat(result).hasStatusOk();
		Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(page.select(".search-problem").text()).isNotBlank();
		assertThat(page.select(".search-count, article.result")).isEmpty();
	}

	@Test
	void searchPageWithoutAQueryAsksForWords() throws Exception {
		Document page = page("/search");

		assertThat(page.select(".search-problem").text()).isEqualTo("Type one or more words to search for.");
		assertThat(page.select("label[for=search-q]").text()).isEqualTo("Search articles");
	}

	@Test
	void overLongQueryGetsAMessageThatSaysHowLongItMayBe() throws Exception {
		Document page = page("/search?q=" + "energy ".repeat(30));

		assertThat(page.select(".search-problem").text())
			.isEqualTo("That search is too long. Please use at most 200 characters.");
		assertThat(page.select("article.result")).isEmpty();
	}

	@Test
	void everyWordMustMatchAndCaseAndPluralsDoNotMatter() throws Exception {
		assertThat(resultSlugs(page("/search?q=Energy PIPELINES"))).containsExactly(SEED);
		assertThat(resultSlugs(page("/search?q=energy+pipelines"))).containsExactly(SEED);
		assertThat(resultSlugs(page("/search?q=deals"))).containsExactly(SEED);
		assertThat(resultSlugs(page("/search?q=energy harvest"))).isEmpty();
	}

	@Test
	void draftsAreNeverFound() throws Exception {
		assertThat(resultSlugs(page("/search?q=methane"))).isEmpty();
	}

	@Test
	@Transactional
	void titleAndTakeawayHeadingsRankAboveLeadAndLeadAboveBody() throws Exception {
		Account author = this.accounts.save(Posts.author("ranker"));
		save("in-body", "Notes", "A lead.", "We saw a quokka on the way.", author, 1);
		save("in-lead", "More notes", "A quokka in the lead.", "Nothing here.", author, 2);
		Post heading = post("in-heading", "Island life", "A lead.", "Body.", author, 3);
		heading.replaceTakeaways(List.of(new PostContent.Item("quokka-habits", "Quokka habits", "They sleep by day.")));
		this.posts.saveAndFlush(heading);
		save("in-title", "The quokka report", "A lead.", "Body.", author, 4);
		searchIndexCatchesUp();

		List<String> slugs = resultSlugs(page("/search?q=quokka"));

		assertThat(slugs).hasSize(4);
		assertThat(slugs.subList(0, 2)).containsExactlyInAnyOrder("in-title", "in-heading");
		assertThat(slugs.subList(2, 4)).containsExactly("in-lead", "in-body");
	}

	@Test
	@Transactional
	void changedTakeawaysAreSearchedAtOnce() throws Exception {
		Account author = this.accounts.save(Posts.author("editor"));
		Post post = post("marsupials", "Field notes", "A lead.", "Body.", author, 1);
		post.replaceTakeaways(List.of(new PostContent.Item("wombat-facts", "Wombat facts", "They dig.")));
		this.posts.saveAndFlush(post);
		searchIndexCatchesUp();
		assertThat(resultSlugs(page("/search?q=wombat"))).containsExactly("marsupials");

		Post edited = this.posts.findWithTakeawaysBySlug("marsupials").orElseThrow();
		edited.replaceTakeaways(List.of());
		this.posts.flush();
		edited.replaceTakeaways(List.of(new PostContent.Item("numbat-facts", "Numbat facts", "They eat termites.")));
		this.posts.flush();
		searchIndexCatchesUp();
		this.cache.evictAll();

		assertThat(resultSlugs(page("/search?q=wombat"))).isEmpty();
		assertThat(resultSlugs(page("/search?q=termites"))).containsExactly("marsupials");
	}

	@Test
	void aPagePastTheLastIsNotFound() {
		assertThat(this.mvc.get().uri("/search?q=energy&page=2")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void apiReturnsTheSameResultsAsJsonWithEscapedMarkedHtml() {
		MvcTestResult result = this.mvc.get().uri("/api/search?q=energy").exchange();

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.results[0].slug").isEqualTo(SEED);
		assertThat(result).bodyJson().extractingPath("$.hasNext").isEqualTo(false);
		assertThat(result).bodyJson()
			.extractingPath("$.results[0].takeaways[?(@.anchor == 'energy-deals')].heading.html")
			.asArray()
			.containsExactly("<mark>Energy</mark> Deals");
	}

	@Test
	void apiAnswersAnEmptyQueryWithAProblem() {
		assertThat(this.mvc.get().uri("/api/search?q=")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Type one or more words to search for.");
	}

	void save(String slug, String title, String lead, String body, Account author, int hoursAgo) {
		this.posts.saveAndFlush(post(slug, title, lead, body, author, hoursAgo));
	}

	private Post post(String slug, String title, String lead, String body, Account author, int hoursAgo) {
		Post post = new Post(slug, title, lead, body, author.getId(), this.clock);
		post.publishAt(Instant.now(this.clock).minus(Duration.ofHours(hoursAgo)), this.clock);
		return post;
	}

}
