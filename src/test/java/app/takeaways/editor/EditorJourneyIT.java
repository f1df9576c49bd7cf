package app.takeaways.editor;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.account.Role;
import app.takeaways.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor in a real browser: signs in, writes a post with three takeaways, reorders
 * them, previews, publishes and finds the post on the home page with the takeaways in the
 * new order. Once with JavaScript (rows move in the page) and once without (every row
 * action is a form submit that re-renders the whole form).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "takeaways.demo.enabled=false")
class EditorJourneyIT {

	static final String PASSWORD = UUID.randomUUID().toString();

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	Browser browser;

	ChromeDriver driver;

	String username;

	boolean javaScript;

	@BeforeEach
	void editor() {
		this.username = "journey-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(new Account(this.username, "Jo Journey", this.passwords.encode(PASSWORD), Role.EDITOR,
				Clock.systemUTC().instant()));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void editorWritesReordersPreviewsAndPublishesAPostWithThreeTakeaways() {
		this.browser = Browser.start();
		this.javaScript = true;
		journey("editor");
	}

	@Test
	void theSameJourneyWorksWithoutJavaScript() {
		this.browser = Browser.startWithoutJavaScript();
		this.javaScript = false;
		journey("editor-nojs");
	}

	private void journey(String screenshots) {
		this.driver = this.browser.driver();
		String title = "Journey " + UUID.randomUUID().toString().substring(0, 6);
		open("/editor");
		assertThat(this.driver.getCurrentUrl()).endsWith("/login");
		this.driver.findElement(By.id("username")).sendKeys(this.username);
		this.driver.findElement(By.id("password")).sendKeys(PASSWORD);
		clickAndWait(By.cssSelector("form button[type=submit].primary"));
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Posts");

		clickAndWait(By.linkText("New post"));
		this.driver.findElement(By.id("title")).sendKeys(title);
		this.driver.findElement(By.id("lead")).sendKeys("Three things we learned on the way.");
		this.driver.findElement(By.id("body")).sendKeys("Closing words with **emphasis**.");
		String[] headings = { "Alpha", "Bravo", "Charlie" };
		for (int i = 0; i < headings.length; i++) {
			clickAndWait(By.cssSelector("button[value=add]"));
			this.driver.findElement(By.name("takeaways[" + i + "].heading")).sendKeys(headings[i]);
			this.driver.findElement(By.name("takeaways[" + i + "].body")).sendKeys("About " + headings[i] + ".");
		}
		assertThat(this.driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);

		clickRowAction(By.cssSelector("button[value='up:2']"));
		assertThat(rowHeadings()).containsExactly("Alpha", "Charlie", "Bravo");
		clickRowAction(By.cssSelector("button[value='down:0']"));
		assertThat(rowHeadings()).containsExactly("Charlie", "Alpha", "Bravo");
		assertThat(this.driver.findElement(By.id("lead")).getAttribute("value"))
			.isEqualTo("Three things we learned on the way.");
		this.browser.screenshot(screenshots + "-form");

		clickAndWait(By.cssSelector(".editor-side button[value=save]"));
		assertThat(this.driver.findElement(By.cssSelector(".flash.notice")).getText())
			.isEqualTo("The post was created.");
		assertThat(rowHeadings()).containsExactly("Charlie", "Alpha", "Bravo");

		clickAndWait(By.linkText("Preview"));
		assertThat(this.driver.findElement(By.cssSelector(".preview-banner")).getText()).contains("Preview");
		assertThat(publicHeadings()).containsExactly("Charlie:", "Alpha:", "Bravo:");
		this.browser.screenshot(screenshots + "-preview");
		clickAndWait(By.linkText("Back to the editor"));

		this.driver.findElement(By.cssSelector("input[name=publication][value=NOW]")).click();
		clickAndWait(By.cssSelector(".editor-side button[value=save]"));
		assertThat(this.driver.findElement(By.cssSelector(".status")).getText()).isEqualTo("Published");

		open("/");
		clickAndWait(By.linkText(title));
		assertThat(publicHeadings()).containsExactly("Charlie:", "Alpha:", "Bravo:");
		assertThat(this.driver.findElements(By.cssSelector("ol.takeaways > li")).get(0).getAttribute("id"))
			.isEqualTo("charlie");
		this.browser.screenshot(screenshots + "-published-post");

		open("/editor");
		assertThat(this.driver.findElement(By.cssSelector(".post-table tbody tr")).getText()).contains(title,
				"Published", "Jo Journey");
		this.browser.screenshot(screenshots + "-list");
	}

	private List<String> rowHeadings() {
		return this.driver.findElements(By.cssSelector(".takeaway-row input.takeaway-heading"))
			.stream()
			.map((input) -> input.getAttribute("value"))
			.toList();
	}

	private List<String> publicHeadings() {
		return this.driver.findElements(By.cssSelector("ol.takeaways > li strong"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private void open(String path) {
		this.driver.get("http://127.0.0.1:" + this.port + path);
	}

	/**
	 * With JavaScript a row moves in the page (no round trip); without, the form is
	 * submitted and comes back re-rendered.
	 */
	private void clickRowAction(By target) {
		if (this.javaScript) {
			this.driver.executeScript("window.samePage = true;");
			this.driver.findElement(target).click();
			assertThat(this.driver.executeScript("return window.samePage === true;")).isEqualTo(true);
		}
		else {
			clickAndWait(target);
		}
	}

	private void clickAndWait(By target) {
		this.browser.clickAndWaitForNewPage(target);
	}

}
