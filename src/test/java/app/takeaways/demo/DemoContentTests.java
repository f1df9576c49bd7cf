package app.takeaways.demo;

import app.takeaways.account.Authors;
import app.takeaways.comment.CommentCommands;
import app.takeaways.common.TakeawaysProperties;
import app.takeaways.post.PostCommands;
import app.takeaways.post.StoredPosts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo content is loaded after the server already answers: a home page cached in those
 * seconds must not stay empty.
 */
// its own empty database: another test class with demo content off may share a context
// and add posts
@SpringBootTest(properties = { "takeaways.demo.enabled=false",
		"spring.datasource.url=jdbc:h2:mem:demo-content-tests;DB_CLOSE_DELAY=-1" })
@AutoConfigureMockMvc
class DemoContentTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StoredPosts posts;

	@Autowired
	PostCommands commands;

	@Autowired
	Authors authors;

	@Autowired
	CommentCommands comments;

	@Autowired
	TakeawaysProperties properties;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void demoPostsLoadedAfterAReaderSawTheEmptyHomePageShowThere() {
		assertThat(this.mvc.get().uri("/")).bodyText().contains("Nothing has been published yet");

		TakeawaysProperties demoOn = new TakeawaysProperties(this.properties.siteName(), this.properties.siteUrl(),
				this.properties.timeZone(), this.properties.pageSize(), new TakeawaysProperties.Demo(true),
				this.properties.maxRequestSize(), this.properties.maxUploadSize(), this.properties.maxImageSize());
		DemoContent demo = new DemoContent(this.posts, this.commands, this.authors, this.comments, demoOn);
		this.transactions.executeWithoutResult((status) -> demo.run(null));

		assertThat(this.mvc.get().uri("/")).bodyText()
			.contains("Key Takeaways from Kim and Putin’s Meeting")
			.doesNotContain("Nothing has been published yet");
	}

}
