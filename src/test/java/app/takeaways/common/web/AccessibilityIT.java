package app.takeaways.common.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.account.Role;
import app.takeaways.comment.Comment;
import app.takeaways.comment.CommentFixtures;
import app.takeaways.post.Post;
import app.takeaways.post.PostRepository;
import app.takeaways.support.Axe;
import app.takeaways.support.Browser;
import com.deque.html.axecore.results.Rule;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages readers, editors and moderators use, checked in a real browser: axe-core
 * finds no serious or critical WCAG 2 A/AA or best-practice violation, every form control
 * has an accessible name, the takeaways are a real ordered list and keyboard focus can
 * always be seen. Every violation, of any impact, is logged per page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(CommentFixtures.class)
class AccessibilityIT {

	static final String SEED = "key-takeaways-from-kim-and-putins-meeting";

	static final String PASSWORD = UUID.randomUUID().toString();

	/**
	 * Visible form controls that are not hidden from assistive technology.
	 */
	static final String CONTROLS = "return Array.from(document.querySelectorAll("
			+ "'input:not([type=hidden]), select, textarea, button'))"
			+ ".filter((e) => !e.closest('[aria-hidden=\"true\"]') && e.getClientRects().length > 0);";

	/**
	 * How the focused element shows its focus: outline and box shadow.
	 */
	static final String FOCUS_STYLE = "const s = getComputedStyle(document.activeElement);"
			+ "return [s.outlineStyle, s.outlineWidth, s.boxShadow];";

	@LocalServerPort
	int port;

	@Autowired
	CommentFixtures fixtures;

	@Autowired
	PostRepository posts;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	Browser browser;

	ChromeDriver driver;

	final SoftAssertions softly = new SoftAssertions();

	@BeforeEach
	void openBrowser() {
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
	void publicPagesHaveNoSeriousViolationsAndNamedControls() {
		Post open = this.fixtures.openPost();
		visit("home", "/");
		visit("seed-post", "/posts/" + SEED);
		visit("seed-takeaways", "/posts/" + SEED + "/takeaways");
		visit("open-post", "/posts/" + open.getSlug());
		assertThat(this.driver.findElements(By.cssSelector("form.comment-form textarea"))).hasSize(1);
		this.browser.clickAndWaitForNewPage(By.cssSelector("form.comment-form button[type=submit]"));
		assertThat(this.driver.findElements(By.cssSelector(".comment-form .field-error"))).isNotEmpty();
		assertThat(this.driver.findElement(By.id("name")).getDomAttribute("aria-describedby")).isEqualTo("name-error");
		assertThat(this.driver.findElement(By.id("name-error")).getText()).isNotBlank();
		audit("open-post-comment-errors");
		visit("search", "/search?q=energy");
		assertThat(this.driver.findElements(By.cssSelector("article.result"))).isNotEmpty();
		visit("tag", "/tags/diplomacy");
		visit("login", "/login");
		visit("login-failed", "/login?error");
		this.driver.manage().window().setSize(new Dimension(390, 844));
		visit("home-390", "/");
		visit("seed-post-390", "/posts/" + SEED);
		visit("open-post-390", "/posts/" + open.getSlug());
		this.softly.assertAll();
	}

	@Test
	void editorPagesHaveNoSeriousViolationsAndNamedControls() {
		signIn(Role.EDITOR);
		long seed = this.posts.findBySlug(SEED).orElseThrow().getId();
		visit("editor-list", "/editor");
		visit("editor-edit", "/editor/posts/" + seed);
		assertThat(this.driver.findElements(By.cssSelector("input.takeaway-heading"))).hasSize(9);
		visit("editor-new", "/editor/posts/new");
		this.browser.clickAndWaitForNewPage(By.cssSelector(".editor-side button[value=save]"));
		assertThat(this.driver.findElements(By.id("title-error"))).hasSize(1);
		assertThat(this.driver.findElement(By.id("title")).getDomAttribute("aria-describedby"))
			.isEqualTo("title-error");
		assertThat(this.driver.findElement(By.id("slug")).getDomAttribute("aria-describedby")).isEqualTo("slug-hint");
		audit("editor-new-errors");
		this.driver.manage().window().setSize(new Dimension(390, 844));
		visit("editor-edit-390", "/editor/posts/" + seed);
		this.softly.assertAll();
	}

	@Test
	void moderationPagesHaveNoSeriousViolationsAndNamedControls() {
		Post post = this.fixtures.openPost();
		Comment pending = this.fixtures.pendingComment(post, CommentFixtures.unique("a11y") + "@example.org",
				"Held for a look.");
		signIn(Role.ADMIN);
		visit("moderation-queue", "/admin/comments?status=pending");
		assertThat(this.driver.findElements(By.cssSelector("form#bulk input[name=ids]"))).isNotEmpty();
		visit("moderation-detail", "/admin/comments/" + pending.getId());
		this.browser.clickAndWaitForNewPage(By.cssSelector("button[name=action][value=approve]"));
		assertThat(this.driver.findElements(By.cssSelector(".flash.notice"))).hasSize(1);
		audit("moderation-detail-after-approve");
		visit("users", "/admin/users");
		this.softly.assertAll();
	}

	@Test
	void movingOrRemovingATakeawayRowKeepsKeyboardFocusAndSaysWhatHappened() {
		Post post = this.fixtures.openPost();
		signIn(Role.EDITOR);
		open("/editor/posts/" + post.getId());
		WebElement status = this.driver.findElement(By.id("takeaway-status"));

		this.driver.findElement(By.cssSelector("button[value='down:0']")).click();
		assertThat(this.driver.switchTo().activeElement().getDomProperty("value")).isEqualTo("up:1");
		assertThat(status.getDomProperty("textContent")).isEqualTo("Takeaway moved to position 2.");

		this.driver.findElement(By.cssSelector("button[value='remove:1']")).click();
		WebElement focused = this.driver.switchTo().activeElement();
		assertThat(focused.getDomAttribute("name")).isEqualTo("takeaways[0].heading");
		assertThat(focused.getDomProperty("value")).isEqualTo("Two");
		assertThat(status.getDomProperty("textContent")).isEqualTo("Takeaway removed.");
	}

	/**
	 * A check that never fails proves nothing: the same harness must report a missing
	 * label and unreadable text when a page has them.
	 */
	@Test
	void axeReportsViolationsWhenAPageHasThem() {
		open("/");
		this.driver.executeScript("""
				const faint = document.createElement('p');
				faint.textContent = 'Faint text';
				faint.style.color = '#ccc';
				const unlabelled = document.createElement('input');
				document.getElementById('content').prepend(faint, unlabelled);
				""");
		List<Rule> violations = Axe.check(this.driver, "home-with-planted-faults");
		assertThat(violations).extracting(Rule::getId).contains("label", "color-contrast");
		assertThat(Axe.blocking(violations)).isNotEmpty();
	}

	@Test
	void seedTakeawaysAreAnOrderedListOfNineItems() {
		open("/posts/" + SEED);
		WebElement list = this.driver.findElement(By.cssSelector(".takeaways-section ol.takeaways"));
		assertThat(list.getTagName()).isEqualTo("ol");
		assertThat(list.findElements(By.xpath("./li"))).hasSize(9);
		assertThat(list.findElements(By.xpath("./*"))).hasSize(9);
		assertThat(list.getCssValue("list-style-type")).isEqualTo("decimal");
	}

	@Test
	void keyboardFocusIsVisibleOnEveryStop() {
		Post open = this.fixtures.openPost();
		open("/posts/" + open.getSlug());
		List<String> stops = tabThrough(40);
		assertThat(stops.get(0)).as("first stop").contains("skip-link");
		assertThat(stops).anyMatch((stop) -> stop.startsWith("textarea#text"));

		signIn(Role.EDITOR);
		open("/editor/posts/" + this.posts.findBySlug(SEED).orElseThrow().getId());
		assertThat(tabThrough(40)).anyMatch((stop) -> stop.startsWith("input#title"));
		this.softly.assertAll();
	}

	/**
	 * Presses TAB a number of times and checks, for each focused element, that an outline
	 * or a box shadow shows where focus is.
	 * @return the focused elements as {@code tag#id.class}
	 */
	private List<String> tabThrough(int presses) {
		this.driver.findElement(By.tagName("body"));
		List<String> stops = new ArrayList<>();
		for (int i = 0; i < presses; i++) {
			new Actions(this.driver).sendKeys(Keys.TAB).perform();
			WebElement focused = this.driver.switchTo().activeElement();
			if ("body".equals(focused.getTagName())) {
				break;
			}
			String stop = focused.getTagName() + "#" + focused.getDomAttribute("id") + "."
					+ focused.getDomAttribute("class");
			stops.add(stop);
			@SuppressWarnings("unchecked")
			List<String> style = (List<String>) this.driver.executeScript(FOCUS_STYLE);
			boolean outline = !"none".equals(style.get(0)) && !"0px".equals(style.get(1));
			boolean shadow = !"none".equals(style.get(2));
			this.softly.assertThat(outline || shadow)
				.as("focus visible on %s of %s (outline %s, shadow %s)", stop, this.driver.getCurrentUrl(), style,
						style.get(2))
				.isTrue();
			this.softly.assertThat(focused.isDisplayed()).as("focused %s is displayed", stop).isTrue();
		}
		return stops;
	}

	private void visit(String name, String path) {
		open(path);
		audit(name);
	}

	/**
	 * Checks the page the browser shows now: axe, then an accessible name for every
	 * visible form control, then a screenshot for a person to look at.
	 */
	private void audit(String name) {
		List<Rule> violations = Axe.check(this.driver, name);
		this.softly.assertThat(Axe.blocking(violations))
			.as("serious or critical axe violations on %s:%s", name, Axe.describe(violations))
			.isEmpty();
		@SuppressWarnings("unchecked")
		List<WebElement> controls = (List<WebElement>) this.driver.executeScript(CONTROLS);
		for (WebElement control : controls) {
			this.softly.assertThat(control.getAccessibleName())
				.as("accessible name of %s on %s", control.getDomProperty("outerHTML"), name)
				.isNotBlank();
		}
		this.browser.screenshot("a11y-" + name);
	}

	private void signIn(Role role) {
		String username = "a11y-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.save(new Account(username, "Alex Access", this.passwords.encode(PASSWORD), role,
				Clock.systemUTC().instant()));
		open("/login");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.clickAndWaitForNewPage(By.cssSelector("form button[type=submit].primary"));
	}

	private void open(String path) {
		this.driver.get("http://127.0.0.1:" + this.port + path);
	}

}
