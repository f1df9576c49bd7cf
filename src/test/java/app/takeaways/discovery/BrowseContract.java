package app.takeaways.discovery;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.post.Post;
import app.takeaways.post.PostRepository;
import app.takeaways.post.Posts;
import app.takeaways.post.Tag;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
 * Tag and archive pages over the demo content, with the site in Europe/Berlin. Run on H2
 * by {@link BrowseTests} and on PostgreSQL by {@link BrowseIT}: grouping by month happens
 * in SQL, so both databases must agree.
 */
abstract class BrowseContract {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PostRepository posts;

	@Autowired
	AccountRepository accounts;

	@Autowired
	Clock clock;

	Document page(String path) throws UnsupportedEncodingException {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void tagsPageListsTagsOfPublishedPostsWithCountsButNotTagsOnlyADraftCarries() throws Exception {
		Document page = page("/tags");

		assertThat(page.select(".tag-index li a").eachText()).containsExactly("Agriculture", "Cities", "Diplomacy",
				"Economy", "North Korea", "Open Source", "Politics", "Russia", "Technology", "Transport");
		assertThat(page.select(".tag-index li").first().text()).isEqualTo("Agriculture One article");
		assertThat(page.select(".tag-index a[href=/tags/diplomacy]")).hasSize(1);
	}

	@Test
	@Transactional
	void tagCountsOnlyVisiblePosts() throws Exception {
		Account author = this.accounts.save(Posts.author("tagger"));
		Tag diplomacy = this.posts.findWithTakeawaysBySlug("key-takeaways-from-kim-and-putins-meeting")
			.orElseThrow()
			.getTags()
			.stream()
			.filter((t) -> t.getSlug().equals("diplomacy"))
			.findFirst()
			.orElseThrow();
		Post another = Posts.published("more-diplomacy", author, this.clock);
		another.tagWith(Set.of(diplomacy));
		this.posts.save(another);
		Post draft = Posts.draft("secret-diplomacy", author, this.clock);
		draft.tagWith(Set.of(diplomacy));
		this.posts.saveAndFlush(draft);

		assertThat(page("/tags").select(".tag-index li:has(a[href=/tags/diplomacy])").text())
			.isEqualTo("Diplomacy 2 articles");
		assertThat(page("/tags/diplomacy").select("article.summary h2 a").eachAttr("href"))
			.containsExactly("/posts/more-diplomacy", "/posts/key-takeaways-from-kim-and-putins-meeting");
	}

	@Test
	void tagPageListsItsPublishedPostsAndLinksItsFeed() throws Exception {
		Document page = page("/tags/economy");

		assertThat(page.select("h1").text()).isEqualTo("Articles tagged “Economy”");
		assertThat(page.select("article.summary h2").eachText())
			.containsExactly("Five Takeaways from the Autumn Harvest Report");
		assertThat(page.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
			.contains("/tags/economy/feed.atom");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/tags/no-such-tag", "/tags/climate", "/tags/economy?page=2", "/tags/economy?page=0",
			"/archive/2026/09", "/archive/2026/13", "/archive/2026/11?page=2" })
	void unknownTagsEmptyMonthsAndPagesPastTheLastAreNotFound(String path) {
		assertThat(this.mvc.get().uri(path)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void archiveListsMonthsWithCountsNewestFirst() throws Exception {
		Document page = page("/archive");

		assertThat(page.select(".month-index li").eachText()).containsExactly("November 2026 3 articles",
				"October 2026 2 articles");
		assertThat(page.select(".month-index a").eachAttr("href")).containsExactly("/archive/2026/11",
				"/archive/2026/10");
	}

	@Test
	void monthPageListsThatMonthsPostsNewestFirst() throws Exception {
		Document page = page("/archive/2026/10");

		assertThat(page.select("h1").text()).isEqualTo("Articles from October 2026");
		assertThat(page.select("article.summary h2").eachText()).containsExactly(
				"Notes from a Quiet Week in Parliament", "Lessons from Ten Years of Open-Source Maintenance");
	}

	@Test
	@Transactional
	void monthsFollowTheSiteTimeZone() throws Exception {
		Account author = this.accounts.save(Posts.author("night-owl"));
		Post lateInOctoberUtc = Posts.draft("half-past-midnight-in-berlin", author, this.clock);
		lateInOctoberUtc.publishAt(Instant.parse("2026-10-31T23:30:00Z"),
				Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));
		this.posts.saveAndFlush(lateInOctoberUtc);

		assertThat(page("/archive").select(".month-index li").eachText()).containsExactly("November 2026 4 articles",
				"October 2026 2 articles");
		assertThat(page("/archive/2026/11").select("article.summary h2 a").eachAttr("href"))
			.endsWith("/posts/half-past-midnight-in-berlin");
		assertThat(page("/archive/2026/10").select("article.summary h2 a").eachAttr("href"))
			.doesNotContain("/posts/half-past-midnight-in-berlin");
	}

}
