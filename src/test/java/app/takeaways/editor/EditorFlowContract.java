package app.takeaways.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.account.Role;
import app.takeaways.post.Post;
import app.takeaways.post.PostRepository;
import app.takeaways.post.PostStatus;
import app.takeaways.takeaway.TakeawayView;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The editor end to end through MockMvc and the database: saving, conflicts, revisions,
 * addresses that move or go, import and validation. Run on H2 by {@link EditorFlowTests}
 * and on PostgreSQL by {@link EditorFlowIT}.
 */
abstract class EditorFlowContract {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountRepository accounts;

	@Autowired
	PostRepository posts;

	@Autowired
	TransactionTemplate transactions;

	String ann;

	String ben;

	@BeforeEach
	void twoEditors() {
		this.ann = editor("ann");
		this.ben = editor("ben");
	}

	private String editor(String name) {
		String username = name + "-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts
			.save(new Account(username, "Editor " + name, "{noop}unused", Role.EDITOR, Clock.systemUTC().instant()));
		return username;
	}

	static RequestPostProcessor as(String username) {
		return user(username).roles("EDITOR");
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	static Map<String, String> form(String title, String slug, String publication, String... headings) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", title);
		fields.put("slug", slug);
		fields.put("lead", "The lead of " + title);
		fields.put("body", "The body of " + title);
		fields.put("tags", "Energy, Asia");
		fields.put("publication", publication);
		for (int i = 0; i < headings.length; i++) {
			fields.put("takeaways[" + i + "].heading", headings[i]);
			fields.put("takeaways[" + i + "].body", "About " + headings[i]);
		}
		return fields;
	}

	MvcTestResult post(String path, String username, Map<String, String> fields) {
		var request = this.mvc.post().uri(path).with(csrf()).with(as(username));
		fields.forEach(request::param);
		return request.exchange();
	}

	long create(String slug, String publication, String... headings) {
		MvcTestResult result = post("/editor/posts", this.ann, form("Title " + slug, slug, publication, headings));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		return Long.parseLong(result.getResponse().getRedirectedUrl().replace("/editor/posts/", ""));
	}

	Post stored(long id) {
		return this.transactions.execute((status) -> {
			Post post = this.posts.findById(id).orElseThrow();
			post.getTakeaways();
			post.getTags().size();
			return post;
		});
	}

	Document page(MvcTestResult result) throws IOException {
		return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	Document editPage(long id, String username) throws IOException {
		MvcTestResult result = this.mvc.get().uri("/editor/posts/" + id).with(as(username)).exchange();
		assertThat(result).hasStatusOk();
		return page(result);
	}

	@Test
	void createdPostIsStoredWithRowsInOrderTagsAndAFirstRevision() throws IOException {
		String slug = unique("created");
		long id = create(slug, "DRAFT", "Zeta", "Alpha", "Zeta");

		Post post = stored(id);
		assertThat(post.getSlug()).isEqualTo(slug);
		assertThat(post.getStatus()).isEqualTo(PostStatus.DRAFT);
		assertThat(post.getTakeaways()).extracting(TakeawayView::anchor).containsExactly("zeta", "alpha", "zeta-2");
		assertThat(post.getTags()).extracting((tag) -> tag.getSlug()).containsExactlyInAnyOrder("energy", "asia");
		Document edit = editPage(id, this.ben);
		assertThat(edit.select(".revisions li")).hasSize(1);
		assertThat(edit.select(".revisions li").text()).contains("Created", this.ann);
		assertThat(this.mvc.get().uri("/posts/" + slug)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void emptySlugIsMadeFromTheTitleAndATakenSlugIsAFieldError() throws IOException {
		String slug = unique("taken");
		create(slug, "DRAFT");

		MvcTestResult result = post("/editor/posts", this.ann, form("Another", slug, "DRAFT", "Kept row"));

		assertThat(result).hasStatusOk();
		Document page = page(result);
		assertThat(page.select("#slug-error").text()).isEqualTo("Another post already has this address.");
		assertThat(page.select("input[name='takeaways[0].heading']").val()).isEqualTo("Kept row");
		String title = "Made From " + unique("Title");
		MvcTestResult made = post("/editor/posts", this.ann, form(title, "", "DRAFT"));
		long id = Long.parseLong(made.getResponse().getRedirectedUrl().replace("/editor/posts/", ""));
		assertThat(stored(id).getSlug()).isEqualTo(title.toLowerCase().replace(' ', '-'));
	}

	@Test
	void invalidFormShowsErrorsBesideFieldsKeepsEveryRowAndStoresNothing() throws IOException {
		long before = this.posts.count();
		Map<String, String> fields = form("", "Bad Slug", "SCHEDULE", "First", "x".repeat(121), "Third");
		fields.put("takeaways[2].body", "y".repeat(2001));

		MvcTestResult result = post("/editor/posts", this.ann, fields);

		assertThat(result).hasStatusOk();
		Document page = page(result);
		assertThat(page.select("[id='title-error']").text()).isEqualTo("Please fill this in.");
		assertThat(page.select("[id='slug-error']").text()).startsWith("Use lowercase letters");
		assertThat(page.select("[id='scheduledAt-error']").text())
			.isEqualTo("Choose the date and time of publication.");
		assertThat(page.select("[id='takeaways[1].heading-error']").text())
			.isEqualTo("Too long: at most 120 characters.");
		assertThat(page.select("[id='takeaways[2].body-error']").text())
			.isEqualTo("Too long: at most 2,000 characters.");
		assertThat(page.select("input.takeaway-heading").eachAttr("value")).containsExactly("First", "x".repeat(121),
				"Third");
		assertThat(page.select("#lead").text()).isEqualTo("The lead of");
		assertThat(page.select("#slug").val()).isEqualTo("Bad Slug");
		assertThat(this.posts.count()).isEqualTo(before);
	}

	@Test
	void rowActionsReRenderTheWholeFormWithoutSaving() throws IOException {
		long before = this.posts.count();
		Map<String, String> fields = form("Unsaved title", "", "DRAFT", "A", "B", "C");
		fields.put("action", "up:2");

		Document page = page(post("/editor/posts", this.ann, fields));

		assertThat(page.select("input.takeaway-heading").eachAttr("value")).containsExactly("A", "C", "B");
		assertThat(page.select("textarea.takeaway-body").eachText()).containsExactly("About A", "About C", "About B");
		assertThat(page.select("#title").val()).isEqualTo("Unsaved title");
		assertThat(page.select(".field-error")).isEmpty();
		assertThat(this.posts.count()).isEqualTo(before);
	}

	@Test
	void laterOfTwoConcurrentSavesGetsTheConflictPageAndBothTextsCanBeRecovered() throws IOException {
		long id = create(unique("shared"), "DRAFT", "One");
		String version = editPage(id, this.ann).select("input[name=version]").val();
		assertThat(editPage(id, this.ben).select("input[name=version]").val()).isEqualTo(version);

		Map<String, String> annsSave = form("Ann's title", "", "DRAFT", "One");
		annsSave.put("version", version);
		annsSave.put("body", "Ann's careful body");
		assertThat(post("/editor/posts/" + id, this.ann, annsSave)).hasStatus(HttpStatus.FOUND);

		Map<String, String> bensSave = form("Ben's title", "", "DRAFT", "One", "Two");
		bensSave.put("version", version);
		bensSave.put("body", "Ben's different body");
		MvcTestResult conflict = post("/editor/posts/" + id, this.ben, bensSave);

		assertThat(conflict).hasStatus(HttpStatus.CONFLICT);
		Document page = page(conflict);
		assertThat(page.select(".conflict h2").text()).isEqualTo("Someone else saved this post while you were editing");
		assertThat(page.select(".conflict").text()).contains(this.ann);
		assertThat(page.select(".changes th[scope=row]").eachText()).contains("Title", "Key takeaways", "Body");
		assertThat(page.select(".changes pre.theirs").eachText()).contains("Ann's title", "Ann's careful body");
		assertThat(page.select(".changes pre.yours").eachText()).contains("Ben's title", "Ben's different body");
		assertThat(page.select("#title").val()).isEqualTo("Ben's title");
		assertThat(page.select("#body").text()).isEqualTo("Ben's different body");
		assertThat(page.select("input.takeaway-heading").eachAttr("value")).containsExactly("One", "Two");
		assertThat(stored(id).getBody()).isEqualTo("Ann's careful body");

		Map<String, String> reapplied = new LinkedHashMap<>(bensSave);
		reapplied.put("version", page.select("input[name=version]").val());
		assertThat(post("/editor/posts/" + id, this.ben, reapplied)).hasStatus(HttpStatus.FOUND);
		assertThat(stored(id).getBody()).isEqualTo("Ben's different body");
		Document edit = editPage(id, this.ann);
		assertThat(edit.select(".revisions li")).hasSize(3);
		String annsRevision = edit.select(".revisions li a").get(1).attr("href");
		Document revision = page(this.mvc.get().uri(annsRevision).with(as(this.ann)).exchange());
		assertThat(revision.select(".snapshot").text()).contains("Ann's title", "Ann's careful body");
		assertThat(revision.select(".meta").text()).contains(this.ann);
	}

	@Test
	void restoringARevisionBringsBackItsContentAsANewRevision() throws IOException {
		long id = create(unique("restore"), "DRAFT", "Original row");
		Map<String, String> changed = form("Changed title", "", "DRAFT", "Changed row");
		changed.put("version", editPage(id, this.ann).select("input[name=version]").val());
		post("/editor/posts/" + id, this.ann, changed);

		String version = editPage(id, this.ben).select("input[name=version]").val();
		MvcTestResult restored = this.mvc.post()
			.uri("/editor/posts/" + id + "/revisions/1/restore")
			.with(csrf())
			.with(as(this.ben))
			.param("version", version)
			.exchange();

		assertThat(restored).hasStatus(HttpStatus.FOUND);
		Post post = stored(id);
		assertThat(post.getTitle()).startsWith("Title restore-");
		assertThat(post.getTakeaways()).extracting(TakeawayView::heading).containsExactly("Original row");
		assertThat(post.getTakeaways()).extracting(TakeawayView::anchor).containsExactly("original-row");
		assertThat(editPage(id, this.ann).select(".revisions li").first().text()).contains("Restored revision 1",
				this.ben);
	}

	@Test
	void restoringARevisionBringsBackItsLeadPicture() throws IOException {
		String picture = "0123456789abcdef0123456789abcdef";
		String slug = unique("pictured");
		Map<String, String> withPicture = form("Title " + slug, slug, "DRAFT", "Row");
		withPicture.put("leadImage", picture);
		MvcTestResult made = post("/editor/posts", this.ann, withPicture);
		long id = Long.parseLong(made.getResponse().getRedirectedUrl().replace("/editor/posts/", ""));
		Map<String, String> without = form("Title " + slug, slug, "DRAFT", "Row");
		without.put("leadImage", "");
		without.put("version", editPage(id, this.ann).select("input[name=version]").val());
		post("/editor/posts/" + id, this.ann, without);
		assertThat(stored(id).getLeadImage()).isNull();

		this.mvc.post()
			.uri("/editor/posts/" + id + "/revisions/1/restore")
			.with(csrf())
			.with(as(this.ann))
			.param("version", editPage(id, this.ann).select("input[name=version]").val())
			.exchange();

		assertThat(stored(id).getLeadImage()).isEqualTo(picture);
	}

	@Test
	void publishedPostThatChangesItsSlugRedirectsFromTheOldAddress() throws IOException {
		String old = unique("old");
		long id = create(old, "NOW", "Point");
		assertThat(this.mvc.get().uri("/posts/" + old)).hasStatusOk();
		Map<String, String> moved = form("Moved", old + "-new", "NOW", "Point");
		moved.put("version", editPage(id, this.ann).select("input[name=version]").val());

		assertThat(post("/editor/posts/" + id, this.ann, moved)).hasStatus(HttpStatus.FOUND);

		MvcTestResult redirect = this.mvc.get().uri("/posts/" + old).exchange();
		assertThat(redirect).hasStatus(HttpStatus.MOVED_PERMANENTLY);
		assertThat(redirect.getResponse().getHeader("Location")).isEqualTo("/posts/" + old + "-new");
		assertThat(this.mvc.get().uri("/posts/" + old + "-new")).hasStatusOk();
		MvcTestResult list = this.mvc.get().uri("/posts/" + old + "/takeaways").exchange();
		assertThat(list).hasStatus(HttpStatus.MOVED_PERMANENTLY);
		assertThat(list.getResponse().getHeader("Location")).isEqualTo("/posts/" + old + "-new/takeaways");
	}

	@Test
	void deletedPostAnswersGoneAtItsAddressAndAtTheAddressItHadBefore() throws IOException {
		String first = unique("doomed");
		long id = create(first, "NOW", "Point");
		Map<String, String> moved = form("Doomed", first + "-moved", "NOW", "Point");
		moved.put("version", editPage(id, this.ann).select("input[name=version]").val());
		post("/editor/posts/" + id, this.ann, moved);
		MvcTestResult confirm = this.mvc.get()
			.uri("/editor/posts/" + id + "/delete")
			.with(user("boss").roles("ADMIN"))
			.exchange();
		assertThat(confirm).hasStatusOk().bodyText().contains("Delete this post?");

		MvcTestResult deleted = this.mvc.post()
			.uri("/editor/posts/" + id + "/delete")
			.with(csrf())
			.with(user("boss").roles("ADMIN"))
			.exchange();

		assertThat(deleted).hasStatus(HttpStatus.FOUND);
		assertThat(this.posts.findById(id)).isEmpty();
		assertThat(this.mvc.get().uri("/posts/" + first + "-moved")).hasStatus(HttpStatus.GONE);
		assertThat(this.mvc.get().uri("/posts/" + first)).hasStatus(HttpStatus.GONE);
	}

	@Test
	void scheduledPostIsListedAsScheduledAndNotVisibleBeforeItsTime() throws IOException {
		String slug = unique("later");
		Map<String, String> fields = form("Later", slug, "SCHEDULE", "Point");
		fields.put("scheduledAt", "2999-01-01T09:00");
		MvcTestResult created = post("/editor/posts", this.ann, fields);
		assertThat(created).hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/posts/" + slug)).hasStatus(HttpStatus.NOT_FOUND);
		Document edit = page(
				this.mvc.get().uri(created.getResponse().getRedirectedUrl()).with(as(this.ann)).exchange());
		assertThat(edit.select("input[name=publication][checked]").val()).isEqualTo("SCHEDULE");
		assertThat(edit.select("input[name=scheduledAt]").val()).isEqualTo("2999-01-01T09:00");
		assertThat(edit.select(".heading-row .status").text()).isEqualTo("Scheduled");
		Document list = page(this.mvc.get().uri("/editor?status=scheduled&q=later").with(as(this.ann)).exchange());
		assertThat(list.select(".post-table tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).contains("Later", "Scheduled", "1 January 2999"));
	}

	@Test
	void importingTheSeedDocumentCreatesADraftThatOpensInTheEditor() throws IOException {
		String seed = new String(getClass().getResourceAsStream("/seed/key-takeaways-kim-putin.txt").readAllBytes(),
				StandardCharsets.UTF_8);

		MvcTestResult result = this.mvc.post()
			.uri("/editor/import")
			.with(csrf())
			.with(as(this.ann))
			.param("text", seed)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND);
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/editor/posts/", ""));
		Document edit = editPage(id, this.ann);
		assertThat(edit.select("#title").val()).isEqualTo("Key Takeaways from Kim and Putin’s Meeting");
		assertThat(edit.select("input.takeaway-heading").eachAttr("value")).hasSize(9)
			.startsWith("Diplomatic Outreach", "Regional Security")
			.endsWith("Future Engagement");
		assertThat(edit.select("input[type=checkbox][name=commentsClosed]").hasAttr("checked")).isTrue();
		assertThat(edit.select("input[name=publication][checked]").val()).isEqualTo("DRAFT");
		Post post = stored(id);
		assertThat(post.getStatus()).isEqualTo(PostStatus.DRAFT);
		assertThat(post.getBody()).startsWith("In conclusion");
		assertThat(post.getTakeaways().get(3).anchor()).isEqualTo("energy-deals");
		assertThat(this.mvc.get().uri("/posts/" + post.getSlug())).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void previewShowsUnsavedContentAsThePublicPageWould() throws IOException {
		Map<String, String> fields = form("Preview me", "", "DRAFT", "Second", "First");

		Document page = page(post("/editor/posts/preview", this.ann, fields));

		assertThat(page.select(".preview-banner")).isNotEmpty();
		assertThat(page.select("h1").text()).isEqualTo("Preview me");
		assertThat(page.select("ol.takeaways > li strong").eachText()).isEqualTo(List.of("Second:", "First:"));
		assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
		assertThat(page.select("#comments").text()).contains("No comments yet.");
	}

}
