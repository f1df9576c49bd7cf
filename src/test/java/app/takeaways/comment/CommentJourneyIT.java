package app.takeaways.comment;

import java.time.Duration;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.account.Role;
import app.takeaways.post.Post;
import app.takeaways.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader comments, an admin approves and then closes comments: in a real browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommentFixtures.class)
class CommentJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	CommentFixtures fixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	private Browser browser;

	private WebDriver driver;

	@BeforeEach
	void openBrowser() {
		this.browser = Browser.start();
		this.driver = this.browser.driver();
	}

	@AfterEach
	void closeBrowser() {
		this.browser.close();
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	@Test
	void readerCommentsAdminApprovesAndThenClosesComments() {
		Post post = this.fixtures.openPost();
		String password = java.util.UUID.randomUUID().toString();
		String moderator = CommentFixtures.unique("moderator");
		this.accounts.save(new Account(moderator, "Mo Derator", this.passwords.encode(password), Role.ADMIN,
				java.time.Instant.now()));

		this.driver.get(url("/posts/" + post.getSlug()));
		this.driver.findElement(By.id("text")).sendKeys("Thanks for this summary!\nVery helpful.");
		this.driver.findElement(By.id("name")).sendKeys("Rhea Reader");
		this.driver.findElement(By.id("email")).sendKeys("rhea@example.org");
		this.browser.screenshot("comment-form");
		this.browser.clickAndWaitForNewPage(By.cssSelector("form.comment-form button[type=submit]"));
		assertThat(this.driver.findElement(By.cssSelector("#comments .notice")).getText())
			.contains("awaiting moderation");
		assertThat(this.driver.findElement(By.id("comments")).getText()).doesNotContain("Thanks for this summary");

		this.driver.get(url("/login"));
		this.driver.findElement(By.id("username")).sendKeys(moderator);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.browser.clickAndWaitForNewPage(By.cssSelector("form button[type=submit]"));
		this.driver.get(url("/admin/comments?status=pending&post=" + post.getId()));
		this.browser.screenshot("moderation-queue");
		this.driver.findElement(By.cssSelector("input[name=ids]")).click();
		this.browser.clickAndWaitForNewPage(By.cssSelector("button[name=action][value=approve]"));
		assertThat(this.driver.findElement(By.cssSelector(".flash.notice")).getText()).isEqualTo("Done.");

		this.driver.get(url("/posts/" + post.getSlug()));
		assertThat(this.driver.findElement(By.cssSelector("#comments h2")).getText())
			.isEqualTo("One thought on “" + post.getTitle() + "”");
		assertThat(this.driver.findElement(By.cssSelector(".comment-text")).getText())
			.isEqualTo("Thanks for this summary!\nVery helpful.");

		this.driver.get(url("/admin/comments?status=approved&post=" + post.getId()));
		this.browser.clickAndWaitForNewPage(By.linkText("Details and history"));
		this.browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Close comments on this post']"));
		new WebDriverWait(this.driver, Duration.ofSeconds(5))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash.notice"), "closed"));

		this.driver.get(url("/posts/" + post.getSlug()));
		this.browser.screenshot("comments-closed");
		assertThat(this.driver.findElement(By.cssSelector(".comments-closed")).getText())
			.isEqualTo("Comments are closed.");
		assertThat(this.driver.findElements(By.cssSelector("form.comment-form"))).isEmpty();
		assertThat(this.driver.findElement(By.cssSelector(".comment-text")).getText())
			.contains("Thanks for this summary");
	}

}
