package app.takeaways.moderation;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.account.Role;
import app.takeaways.comment.Comment;
import app.takeaways.comment.CommentFixtures;
import app.takeaways.post.Post;
import app.takeaways.support.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin in a real browser: approves two held comments at once from the queue, finds
 * them on the post and the action in each comment's history, closes comments in the
 * editor, then creates an editor account whose owner signs in and sees only the editor's
 * screens. (CommentJourneyIT covers a single approval and closing from the comment's
 * page.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommentFixtures.class)
class ModerationJourneyIT {

	static final String PASSWORD = UUID.randomUUID().toString();

	@LocalServerPort
	int port;

	@Autowired
	CommentFixtures fixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	Browser browser;

	ChromeDriver driver;

	String admin;

	@BeforeEach
	void adminAndBrowser() {
		this.admin = CommentFixtures.unique("admin");
		this.accounts.save(new Account(this.admin, "Ada Admin", this.passwords.encode(PASSWORD), Role.ADMIN,
				Clock.systemUTC().instant()));
		this.browser = Browser.start();
		this.driver = this.browser.driver();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void adminBulkApprovesSeesTheHistoryAndClosesCommentsInTheEditor() {
		Post post = this.fixtures.openPost();
		Comment first = this.fixtures.pendingComment(post, CommentFixtures.unique("first") + "@example.org",
				"First held comment.");
		Comment second = this.fixtures.pendingComment(post, CommentFixtures.unique("second") + "@example.org",
				"Second held comment.");
		signIn(this.admin, PASSWORD);

		open("/admin/comments?status=pending&post=" + post.getId());
		assertThat(this.driver.findElement(By.cssSelector(".admin-nav a[aria-current=page]")).getText())
			.startsWith("Comments");
		assertThat(this.driver.findElements(By.cssSelector("form#bulk tbody tr"))).hasSize(2);
		this.driver.findElement(By.id("select-" + first.getId())).click();
		this.driver.findElement(By.id("select-" + second.getId())).click();
		this.browser.screenshot("moderation-bulk-selected");
		this.browser.clickAndWaitForNewPage(By.cssSelector("form#bulk button[name=action][value=approve]"));
		assertThat(this.driver.findElement(By.cssSelector(".flash.notice")).getText()).isEqualTo("Done.");
		assertThat(this.driver.findElements(By.cssSelector("form#bulk tbody tr"))).isEmpty();

		open("/posts/" + post.getSlug());
		assertThat(texts(".comment-text")).containsExactlyInAnyOrder("First held comment.", "Second held comment.");

		open("/admin/comments/" + second.getId());
		List<String> history = texts("table tbody tr");
		assertThat(history).hasSize(1);
		assertThat(history.get(0)).contains(this.admin, "Approve", "Pending → Approved");
		this.browser.screenshot("moderation-history");

		open("/editor/posts/" + post.getId());
		this.driver.findElement(By.id("commentsClosed1")).click();
		this.browser.clickAndWaitForNewPage(By.cssSelector(".editor-side button[value=save]"));
		assertThat(this.driver.findElement(By.cssSelector(".flash.notice")).getText())
			.isEqualTo("Your changes were saved.");

		open("/posts/" + post.getSlug());
		assertThat(this.driver.findElement(By.cssSelector(".comments-closed")).getText())
			.isEqualTo("Comments are closed.");
		assertThat(this.driver.findElements(By.cssSelector("form.comment-form"))).isEmpty();
		assertThat(texts(".comment-text")).hasSize(2);
	}

	@Test
	void adminCreatesAnEditorWhoSignsInToTheEditorOnly() {
		String editor = CommentFixtures.unique("editor");
		String editorPassword = UUID.randomUUID().toString();
		signIn(this.admin, PASSWORD);

		open("/admin/users");
		this.driver.findElement(By.id("username")).sendKeys(editor);
		this.driver.findElement(By.id("displayName")).sendKeys("Eddie Editor");
		new Select(this.driver.findElement(By.id("role"))).selectByValue("EDITOR");
		this.driver.findElement(By.id("password")).sendKeys(editorPassword);
		this.browser.clickAndWaitForNewPage(By.xpath("//button[normalize-space()='Create account']"));
		assertThat(this.driver.findElement(By.cssSelector(".flash.notice")).isDisplayed()).isTrue();
		assertThat(this.driver.findElement(By.id("account-" + editor)).getText()).contains("Eddie Editor", "Editor",
				"Active");
		this.browser.screenshot("users-created");

		this.browser.clickAndWaitForNewPage(By.cssSelector(".sign-out button[type=submit]"));
		signIn(editor, editorPassword);
		assertThat(this.driver.getCurrentUrl()).endsWith("/editor");
		assertThat(this.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Posts");
		assertThat(this.driver.findElement(By.cssSelector(".sign-out .who")).getText()).isEqualTo(editor);
		assertThat(texts(".admin-nav a")).containsExactly("Posts", "Pictures");

		open("/admin/users");
		assertThat(this.driver.findElements(By.cssSelector("table tbody tr[id^=account-]"))).isEmpty();
		assertThat(this.driver.findElements(By.id("displayName"))).isEmpty();
	}

	private List<String> texts(String css) {
		return this.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	private void signIn(String username, String password) {
		open("/login");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.browser.clickAndWaitForNewPage(By.cssSelector("form button[type=submit].primary"));
	}

	private void open(String path) {
		this.driver.get("http://127.0.0.1:" + this.port + path);
	}

}
