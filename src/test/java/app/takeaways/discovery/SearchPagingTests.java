package app.takeaways.discovery;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import app.takeaways.account.AccountRepository;
import app.takeaways.common.ChangesMissed;
import app.takeaways.post.PostCommands;
import app.takeaways.post.PostContent;
import app.takeaways.post.PostStatus;
import app.takeaways.post.Posts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.json.AbstractJsonContentAssert;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search pages say whether more follow without counting every match, and a result page
 * asked for again comes from the caches (the result and, for anonymous readers, the
 * rendered bytes) until a post changes. Posts are written through {@link PostCommands},
 * which announces each change as the editor does.
 */
@SpringBootTest(properties = { "takeaways.demo.enabled=false", "takeaways.page-size=2" })
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class SearchPagingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PostCommands commands;

	@Autowired
	AccountRepository accounts;

	@Autowired
	StatementCounter counter;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void everyPageButTheLastLinksToTheNextAndAPagePastTheLastIsNotFound() {
		long author = this.accounts.save(Posts.author("pager")).getId();
		for (int i = 1; i <= 5; i++) {
			publish(author, "wombat-" + i, "Wombat notes " + i, i);
		}

		api("/api/search?q=wombat").extractingPath("$.hasNext").isEqualTo(true);
		api("/api/search?q=wombat&page=2").extractingPath("$.hasNext").isEqualTo(true);
		api("/api/search?q=wombat&page=3").extractingPath("$.hasNext").isEqualTo(false);
		api("/api/search?q=wombat&page=3").extractingPath("$.results[*].slug").asArray().containsExactly("wombat-5");
		assertThat(this.mvc.get().uri("/search?q=wombat&page=2")).hasStatusOk()
			.bodyText()
			.contains("rel=\"next\"", "/search?q=wombat&amp;page=3", "rel=\"prev\"", "Page 2");
		assertThat(this.mvc.get().uri("/search?q=wombat&page=3")).bodyText().doesNotContain("rel=\"next\"");
		assertThat(this.mvc.get().uri("/search?q=wombat&page=4")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aResultPageAskedForAgainRunsNoStatementUntilAPostChanges() {
		long author = this.accounts.save(Posts.author("cacher")).getId();
		publish(author, "quokka-1", "Quokka sightings", 1);
		api("/api/search?q=quokka").extractingPath("$.results[*].slug").asArray().containsExactly("quokka-1");

		assertThat(this.counter.count(() -> api("/api/search?q=quokka"))).isZero();

		publish(author, "quokka-2", "More quokka sightings", 0);

		api("/api/search?q=quokka").extractingPath("$.results[*].slug")
			.asArray()
			.containsExactlyInAnyOrder("quokka-1", "quokka-2");
	}

	@Test
	void aSearchPageAskedForTwiceIsKeptAsRenderedBytesUntilAPostChangesAndOtherParametersAreNeverKept() {
		long author = this.accounts.save(Posts.author("kept")).getId();
		publish(author, "numbat-1", "Numbat burrows", 1);
		MvcTestResult first = this.mvc.get().uri("/search?q=numbat").exchange();
		assertThat(first).hasStatusOk().bodyText().contains("burrows");
		assertThat(first.getResponse().getHeader("ETag")).as("a search asked for once is not kept").isNull();
		MvcTestResult again = this.mvc.get().uri("/search?q=numbat").header("Accept-Encoding", "gzip").exchange();
		assertThat(again).hasStatusOk().hasHeader("Content-Encoding", "gzip").hasHeader("Vary", "Accept-Encoding");
		String etag = again.getResponse().getHeader("ETag");
		assertThat(etag).as("a kept answer carries its validator").isNotBlank();
		assertThat(
				this.mvc.get().uri("/search?q=numbat").header("Accept-Encoding", "gzip").header("If-None-Match", etag))
			.hasStatus(HttpStatus.NOT_MODIFIED);
		this.mvc.get().uri("/api/search?q=numbat").exchange();
		assertThat(this.mvc.get().uri("/api/search?q=numbat").exchange().getResponse().getHeader("ETag")).isNotBlank();

		this.mvc.get().uri("/search?q=numbat&utm_source=feed").exchange();
		MvcTestResult tracked = this.mvc.get().uri("/search?q=numbat&utm_source=feed").exchange();
		assertThat(tracked).hasStatusOk().bodyText().contains("burrows");
		assertThat(tracked.getResponse().getHeader("ETag")).as("rendered for this request only").isNull();

		publish(author, "numbat-2", "Numbat diets", 0);

		assertThat(this.mvc.get().uri("/search?q=numbat")).bodyText().contains("burrows", "diets");
		api("/api/search?q=numbat").extractingPath("$.results[*].slug")
			.asArray()
			.containsExactlyInAnyOrder("numbat-1", "numbat-2");
	}

	@Test
	void resultsAreSearchedAgainWhenChangesMayHaveBeenMissed() {
		long author = this.accounts.save(Posts.author("missed")).getId();
		publish(author, "bilby-1", "Bilby tracks", 1);
		api("/api/search?q=bilby");
		api("/api/search?q=bilby");
		assertThat(this.counter.count(() -> api("/api/search?q=bilby"))).as("kept").isZero();

		this.events.publishEvent(new ChangesMissed());

		assertThat(this.counter.count(() -> api("/api/search?q=bilby"))).as("searched again").isPositive();
	}

	private AbstractJsonContentAssert<?> api(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		return assertThat(result).bodyJson();
	}

	private void publish(long author, String slug, String title, int hoursAgo) {
		this.commands.create(slug, author, new PostContent(title, "A lead.", "A body.", List.of(), List.of(),
				PostStatus.PUBLISHED, this.clock.instant().minus(Duration.ofHours(hoursAgo + 1)), false, null, null));
	}

}
