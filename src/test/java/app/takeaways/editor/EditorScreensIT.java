package app.takeaways.editor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The editor's other screens in a real browser, as an admin: validation errors beside
 * their fields, the conflict page after someone else saved, user administration and
 * import. Screenshots go to {@code target/screenshots} for a person to look at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorScreensIT {

	static final String PASSWORD = UUID.randomUUID().toString();

	@LocalServerPort
	int port;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	EditorService editor;

	Browser browser;

	ChromeDriver driver;

	String username;

	@BeforeEach
	void adminAndBrowser() {
		this.browser = Browser.start();
		this.driver = this.browser.driver();
		this.username = "screens-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(new Account(this.username, "Sam Screens", this.passwords.encode(PASSWORD), Role.ADMIN,
				Clock.systemUTC().instant()));
		open("/login");
		this.browser.screenshot("login");
		this.driver.findElement(By.id("username")).sendKeys(this.username);
		this.driver.findElement(By.id("password")).sendKeys(PASSWORD);
		clickAndWait(By.cssSelector("form button[type=submit].primary"));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void validationErrorsAndTheConflictPageShowWhatToFix() {
		open("/editor/posts/new");
		clickAndWait(By.cssSelector("button[value=add]"));
		this.driver.findElement(By.name("takeaways[0].heading")).sendKeys("x".repeat(130));
		this.driver.findElement(By.id("slug")).sendKeys("Not A Slug");
		clickAndWait(By.cssSelector(".editor-side button[value=save]"));
		assertThat(this.driver.findElement(By.id("title-error")).getText()).isEqualTo("Please fill this in.");
		assertThat(this.driver.findElement(By.id("slug-error")).isDisplayed()).isTrue();
		this.browser.screenshot("editor-errors");

		long id = ownPost();
		open("/editor/posts/" + id);
		String theirTitle = this.driver.findElement(By.id("title")).getAttribute("value");
		EditablePost opened = this.editor.load(id);
		PostForm theirs = opened.form();
		theirs.setBody("Someone else's newer body.");
		this.editor.update(id, theirs, this.username);
		WebElement body = this.driver.findElement(By.id("body"));
		body.clear();
		body.sendKeys("My own body, typed meanwhile.");
		clickAndWait(By.cssSelector(".editor-side button[value=save]"));

		assertThat(this.driver.findElement(By.cssSelector(".conflict h2")).getText())
			.isEqualTo("Someone else saved this post while you were editing");
		assertThat(this.driver.findElement(By.cssSelector(".changes pre.theirs")).getText())
			.contains("Someone else's newer body.");
		assertThat(this.driver.findElement(By.id("body")).getAttribute("value"))
			.isEqualTo("My own body, typed meanwhile.");
		assertThat(this.driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(theirTitle);
		this.browser.screenshot("editor-conflict");
	}

	@Test
	void adminScreensForUsersAndUploadingTheSeedDocument() {
		open("/admin/users");
		assertThat(this.driver.findElement(By.id("account-newsroom")).getText()).contains("Disabled", "Demo author");
		this.browser.screenshot("admin-users");

		open("/editor/import");
		this.browser.screenshot("editor-import");
		this.driver.findElement(By.id("file")).sendKeys(seedFile().toString());
		clickAndWait(By.cssSelector("form button.primary"));
		assertThat(this.driver.findElement(By.cssSelector(".flash.notice")).getText())
			.startsWith("Imported as a draft");
		assertThat(this.driver.findElement(By.id("title")).getAttribute("value"))
			.isEqualTo("Key Takeaways from Kim and Putin’s Meeting");
		assertThat(this.driver.findElements(By.cssSelector("input.takeaway-heading"))).hasSize(9);
		assertThat(this.driver.findElement(By.cssSelector(".heading-row .status")).getText()).isEqualTo("Draft");
		this.browser.screenshot("editor-imported");
	}

	/**
	 * A post of this test's own, so the seed article other browser tests read is never
	 * rewritten.
	 */
	private long ownPost() {
		PostForm form = new PostForm();
		form.setTitle("Conflict " + this.username);
		form.setBody("The body as first saved.");
		form.setTakeaways(List.of(new TakeawayForm("", "A heading", "A takeaway.")));
		return this.editor.create(form, this.username);
	}

	/**
	 * The seed document as a file the browser can upload.
	 */
	private static Path seedFile() {
		try (InputStream in = EditorScreensIT.class.getResourceAsStream("/seed/key-takeaways-kim-putin.txt")) {
			Path file = Files.createDirectories(Path.of("target", "upload")).resolve("seed.txt");
			Files.write(file, in.readAllBytes());
			return file.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void open(String path) {
		this.driver.get("http://127.0.0.1:" + this.port + path);
	}

	private void clickAndWait(By target) {
		this.browser.clickAndWaitForNewPage(target);
	}

}
