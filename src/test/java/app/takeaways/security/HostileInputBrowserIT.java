package app.takeaways.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.account.Role;
import app.takeaways.comment.CommentFixtures;
import app.takeaways.editor.EditorFixtures;
import app.takeaways.editor.PostForm;
import app.takeaways.editor.Publication;
import app.takeaways.editor.TakeawayForm;
import app.takeaways.security.HostileInputContract.CommentField;
import app.takeaways.security.HostileInputContract.PostField;
import app.takeaways.security.PageInspector.Page;
import app.takeaways.support.Browser;
import app.takeaways.takeaway.Anchors;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

import static app.takeaways.security.PageInspector.shown;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile corpus in a real browser (issue #6): every payload a field accepts is
 * stored where readers see it (a published post per payload with the payload as title,
 * lead, takeaway, Markdown body and tag, and an approved comment with it as name, website
 * and text), then the pages that show them are opened in headless Chromium. Each page
 * must open no JavaScript dialog, log no console error (a blocked inline script shows up
 * here as a Content Security Policy violation, a stray image as a failed request) and
 * hold no element, attribute or address a payload could have injected; and it shows the
 * payload as text, which proves the page really displayed it.
 * <p>
 * Every payload is opened on its post, its takeaways page and its editor form, and in
 * every list (home, tag, search, archive month, editor, moderation queue); a rotating
 * quarter of them also as a tag page, a search query and a comment's moderation page, to
 * keep the test near a minute. {@link HostileInputContract} proves every payload in every
 * field over HTTP; this test is about what the browser makes of the pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "takeaways.demo.enabled=false")
@Import({ CommentFixtures.class, EditorFixtures.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputBrowserIT {

	private static final Logger logger = LoggerFactory.getLogger(HostileInputBrowserIT.class);

	static final List<String> PAYLOADS = HostileInputs.load();

	static final String PASSWORD = UUID.randomUUID().toString();

	/** On every payload post, so one tag page lists them all. */
	static final String TAG = "hostile-browser";

	@LocalServerPort
	int port;

	@Autowired
	EditorFixtures editorFixtures;

	@Autowired
	CommentFixtures commentFixtures;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PasswordEncoder passwords;

	final List<Stored> stored = new ArrayList<>();

	Browser browser;

	ChromeDriver driver;

	PageInspector pages;

	String editor;

	String admin;

	/**
	 * What one payload became: its post and comment, and the text each field holds (the
	 * payload where the field accepts it, a plain stand-in where it does not).
	 */
	record Stored(int index, String payload, long postId, String slug, String title, String lead, String heading,
			String takeawayBody, String body, @Nullable String tag, long commentId, String name,
			@Nullable String website, String text) {

		String label() {
			return "payload " + this.index + " " + HostileInputs.label(this.payload);
		}

	}

	@BeforeAll
	void storeEveryPayloadWhereReadersSeeItAndOpenTheBrowser() {
		this.editor = CommentFixtures.unique("hostile-editor");
		this.admin = CommentFixtures.unique("hostile-admin");
		this.accounts.save(new Account(this.editor, "Hostile Editor", this.passwords.encode(PASSWORD), Role.EDITOR,
				Clock.systemUTC().instant()));
		this.accounts.save(new Account(this.admin, "Hostile Admin", this.passwords.encode(PASSWORD), Role.ADMIN,
				Clock.systemUTC().instant()));
		Set<String> tagSlugs = new HashSet<>(Set.of(TAG));
		for (int i = 0; i < PAYLOADS.size(); i++) {
			this.stored.add(store(i, PAYLOADS.get(i), tagSlugs));
		}
		logger.info("Stored {} payloads: {} as title, {} as lead, {} as takeaway heading, {} as takeaway body, "
				+ "{} as Markdown body, {} in tags, {} as comment name, {} as comment website, {} as comment text",
				PAYLOADS.size(), count(PostField.TITLE), count(PostField.LEAD), count(PostField.HEADING),
				count(PostField.TAKEAWAY_BODY), count(PostField.BODY), count(PostField.TAG), count(CommentField.NAME),
				count(CommentField.WEBSITE), count(CommentField.TEXT));
		this.browser = Browser.startWatchingConsoleAndDialogs();
		this.driver = this.browser.driver();
		this.pages = new PageInspector(this.browser);
	}

	private Stored store(int index, String payload, Set<String> tagSlugs) {
		String title = PostField.TITLE.accepts.test(payload) ? payload.strip() : "Hostile input " + index;
		String lead = PostField.LEAD.accepts.test(payload) ? payload.strip() : "A lead.";
		String heading = PostField.HEADING.accepts.test(payload) ? payload.strip() : "A heading";
		String takeawayBody = PostField.TAKEAWAY_BODY.accepts.test(payload) ? payload.strip() : "A takeaway.";
		String tags = TAG + ", " + payload;
		boolean tagged = PostField.TAG.accepts.test(tags);
		PostForm form = new PostForm();
		form.setTitle(title);
		form.setSlug("hostile-" + index);
		form.setLead(lead);
		String body = PostField.BODY.accepts.test(payload) ? payload : "A body.";
		form.setBody(body);
		form.setTags(tagged ? tags : TAG);
		form.setTakeaways(List.of(new TakeawayForm("", heading, takeawayBody)));
		form.setPublication(Publication.NOW);
		long postId = this.editorFixtures.create(form, this.editor);

		// A tag keeps its first name: only a slug no payload had before shows this one.
		boolean ownTag = false;
		if (tagged) {
			String[] names = payload.split(",");
			for (String name : names) {
				String slug = Anchors.slugify(name.strip());
				ownTag = !slug.isEmpty() && tagSlugs.add(slug) && names.length == 1;
			}
		}

		String name = CommentField.NAME.accepts.test(payload) ? payload.strip() : "Hostile Reader";
		String website = (CommentField.WEBSITE.accepts.test(payload) && !payload.isBlank()) ? payload.strip() : null;
		String text = CommentField.TEXT.accepts.test(payload) ? payload.strip() : "A thought.";
		long commentId = this.commentFixtures
			.approvedComment(postId, name, "hostile-" + index + "@example.org", website, text)
			.getId();
		return new Stored(index, payload, postId, "hostile-" + index, title, lead, heading, takeawayBody, body,
				ownTag ? payload.strip() : null, commentId, name, website, text);
	}

	private long count(PostField field) {
		return PAYLOADS.stream()
			.filter((p) -> field.accepts.test((field == PostField.TAG) ? TAG + ", " + p : p))
			.count();
	}

	private long count(CommentField field) {
		return PAYLOADS.stream().filter((p) -> field.accepts.test(p) && !p.isBlank()).count();
	}

	@AfterAll
	void closeBrowser() {
		logger.info("Checked {} pages; console messages below error level: {}", this.pages.checked(),
				this.pages.consoleNoise());
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@BeforeEach
	void signOut() {
		if (this.driver.getCurrentUrl().startsWith("http")) {
			this.driver.manage().deleteAllCookies();
		}
	}

	@Test
	void theChecksNoticeADialogAConsoleErrorAndAnInjectedElement() {
		open("/");
		assertThat(this.pages.problems()).isEmpty();
		this.driver.executeScript("""
				document.body.insertAdjacentHTML('beforeend', '<img alt="" src="data:," onerror="void 0"><svg></svg>');
				console.error('probe');
				setTimeout(() => alert('probe'), 0);
				""");
		new WebDriverWait(this.driver, Duration.ofSeconds(5)).until(ExpectedConditions.alertIsPresent());
		assertThat(this.pages.problems()).anyMatch((p) -> p.equals("JavaScript dialog: probe"))
			.anyMatch((p) -> p.equals("dialog asked for: alert(probe)"))
			.anyMatch((p) -> p.startsWith("console error:") && p.contains("probe"))
			.anyMatch((p) -> p.startsWith("onerror handler on <img>"))
			.anyMatch((p) -> p.startsWith("src=\"data:,\" on <img>"))
			.anyMatch((p) -> p.startsWith("<svg> element"));
	}

	@Test
	void everyPayloadPostAndItsTakeawaysPageShowThePayloadAsTextAndRunNothing() {
		SoftAssertions softly = new SoftAssertions();
		for (Stored s : this.stored) {
			String where = s.label() + " on its post page";
			open("/posts/" + s.slug());
			Page page = this.pages.check(softly, where, "h1", ".lead p", "ol.takeaways > li .takeaway-heading",
					"ol.takeaways > li .takeaway-body", ".post-footer a.tag", ".comment-author", ".comment-text",
					".comment-author a@href");
			softly.assertThat(page.first("h1")).as("%s: title", where).isEqualTo(shown(s.title()));
			softly.assertThat(shown(String.join(" ", page.all(".lead p"))))
				.as("%s: lead", where)
				.isEqualTo(shown(s.lead()));
			softly.assertThat(page.first("ol.takeaways > li .takeaway-heading"))
				.as("%s: takeaway heading", where)
				.isEqualTo(shown(s.heading() + ":"));
			softly.assertThat(page.first("ol.takeaways > li .takeaway-body"))
				.as("%s: takeaway body", where)
				.isEqualTo(shown(s.takeawayBody()));
			softly.assertThat(page.all(".post-footer a.tag").stream().map(PageInspector::shown))
				.as("%s: tags", where)
				.contains((s.tag() != null) ? shown(s.tag()) : TAG);
			softly.assertThat(page.first(".comment-author")).as("%s: comment name", where).isEqualTo(shown(s.name()));
			softly.assertThat(page.first(".comment-text")).as("%s: comment text", where).isEqualTo(shown(s.text()));
			softly.assertThat(page.first(".comment-author a@href"))
				.as("%s: comment website", where)
				.isEqualTo(s.website());

			where = s.label() + " on its takeaways page";
			open("/posts/" + s.slug() + "/takeaways");
			page = this.pages.check(softly, where, "h1", "ol.takeaways > li .takeaway-heading");
			softly.assertThat(page.first("h1")).as("%s: title", where).contains(shown(s.title()));
			softly.assertThat(page.first("ol.takeaways > li .takeaway-heading"))
				.as("%s: takeaway heading", where)
				.isEqualTo(shown(s.heading() + ":"));
		}
		softly.assertAll();
	}

	@Test
	void listsTagsSearchAndArchiveShowThePayloadsInert() {
		SoftAssertions softly = new SoftAssertions();
		List<String> titles = this.stored.stream().map((s) -> shown(s.title())).toList();
		softly.assertThat(pagesFrom("/", "article.summary h2", softly))
			.as("titles on the home pages")
			.containsExactlyInAnyOrderElementsOf(titles);
		softly.assertThat(pagesFrom("/tags/" + TAG, "article.summary h2", softly))
			.as("titles on the pages of tag %s", TAG)
			.containsExactlyInAnyOrderElementsOf(titles);
		Page tags = open("/tags", softly, "tag index", "main a");
		for (Stored s : this.stored) {
			if (s.tag() != null) {
				softly.assertThat(tags.all("main a")).as("%s in the tag index", s.label()).contains(shown(s.tag()));
			}
			if (s.tag() != null && s.index() % 4 == 3) {
				Page page = open("/tags/" + Anchors.slugify(s.tag()), softly, s.label() + " as a tag", "h1");
				softly.assertThat(page.first("h1")).as("%s as a tag: name", s.label()).contains(shown(s.tag()));
			}
		}

		softly.assertThat(pagesFrom("/search?q=alert", "article.result h2", softly))
			.as("search results for alert")
			.containsExactlyInAnyOrderElementsOf(
					this.stored.stream().filter((s) -> containsWord(s, "alert")).map((s) -> shown(s.title())).toList());
		for (Stored s : this.stored) {
			if (PostField.TITLE.accepts.test(s.payload()) && s.index() % 4 == 2) {
				String query = s.payload().strip();
				Page page = open("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), softly,
						s.label() + " as a search query", "#search-q@value");
				softly.assertThat(shown(page.first("#search-q@value")))
					.as("%s as a search query: echoed", s.label())
					.isEqualTo(shown(query));
			}
		}

		Page archive = open("/archive", softly, "archive", ".month-index a@href");
		softly.assertThat(archive.all(".month-index a@href")).as("months in the archive").hasSize(1);
		if (!archive.all(".month-index a@href").isEmpty()) {
			softly.assertThat(pagesFrom(archive.first(".month-index a@href"), "article.summary h2", softly))
				.as("titles on the pages of the month")
				.containsExactlyInAnyOrderElementsOf(titles);
		}
		softly.assertAll();
	}

	@Test
	void editorAndModerationScreensShowThePayloadsInert() {
		SoftAssertions softly = new SoftAssertions();
		signIn(this.editor, softly);
		softly.assertThat(pagesFrom("/editor", "tbody tr", softly))
			.as("rows of the editor list")
			.hasSize(this.stored.size());
		for (Stored s : this.stored) {
			String where = s.label() + " in the editor";
			Page page = open("/editor/posts/" + s.postId(), softly, where, "#title@value", "#lead");
			softly.assertThat(shown(page.first("#title@value"))).as("%s: title", where).isEqualTo(shown(s.title()));
			softly.assertThat(page.first("#lead")).as("%s: lead", where).isEqualTo(shown(s.lead()));
			if (s.index() % 8 == 0) {
				where = s.label() + " in the preview";
				page = open("/editor/posts/" + s.postId() + "/preview", softly, where, "h1");
				softly.assertThat(page.first("h1")).as("%s: title", where).isEqualTo(shown(s.title()));
			}
		}
		this.driver.manage().deleteAllCookies();

		signIn(this.admin, softly);
		softly.assertThat(pagesFrom("/admin/comments?status=approved", "form#bulk tbody tr td strong", softly))
			.as("comment authors in the moderation queue")
			.containsExactlyInAnyOrderElementsOf(this.stored.stream().map((s) -> shown(s.name())).toList());
		for (Stored s : this.stored.stream().filter((s) -> s.index() % 4 == 1).toList()) {
			String where = s.label() + " on the comment's moderation page";
			Page page = open("/admin/comments/" + s.commentId(), softly, where, "main");
			softly.assertThat(page.first("main")).as("%s: text", where).contains(shown(s.text()));
		}
		softly.assertAll();
	}

	/**
	 * Opens {@code path} and every page after it (rel=next), checking each; returns the
	 * text of the elements {@code query} finds on all of them.
	 */
	private List<String> pagesFrom(String path, String query, SoftAssertions softly) {
		List<String> found = new ArrayList<>();
		String next = path;
		for (int n = 1; next != null && n <= 20; n++) {
			Page page = open(next, softly, path + " page " + n, query, "a[rel=next]@href");
			found.addAll(page.all(query));
			next = page.first("a[rel=next]@href");
		}
		return found;
	}

	private void signIn(String username, SoftAssertions softly) {
		open("/login", softly, "sign-in page");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.clickAndWaitForNewPage(By.cssSelector("form button[type=submit].primary"));
		assertThat(this.driver.getCurrentUrl()).as("signed in as %s", username).endsWith("/editor");
	}

	private Page open(String path, SoftAssertions softly, String where, String... queries) {
		open(path);
		return this.pages.check(softly, where, queries);
	}

	private void open(String path) {
		this.driver.get("http://127.0.0.1:" + this.port + path);
	}

	private static boolean containsWord(Stored s, String word) {
		return List.of(s.title(), s.lead(), s.heading(), s.takeawayBody(), s.body())
			.stream()
			.anyMatch((text) -> text.toLowerCase(Locale.ROOT).matches("(?s).*(?<![\\p{L}\\p{N}])" + word + ".*"));
	}

}
