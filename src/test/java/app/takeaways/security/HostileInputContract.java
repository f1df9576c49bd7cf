package app.takeaways.security;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import app.takeaways.comment.CommentFixtures;
import app.takeaways.common.PlainText;
import app.takeaways.post.Post;
import app.takeaways.takeaway.Anchors;
import org.assertj.core.api.SoftAssertions;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every payload of the hostile corpus through every field a stranger or an editor can
 * write, over HTTP with the real filters: each is either stored exactly as sent and shown
 * inert on every page that displays it, or refused with an error beside the field and
 * nothing stored. Which of the two is decided by the field's documented rules (length,
 * plain text, slug and address forms), so neither "refuse everything" nor "store
 * anything" passes. Run on H2 by {@link HostileInputTests} and on PostgreSQL (which
 * cannot store NUL) by {@link HostileInputIT}.
 */
abstract class HostileInputContract {

	static final List<String> PAYLOADS = HostileInputs.load();

	private static final Pattern SLUG_FORM = Pattern.compile("([a-z0-9]+(-[a-z0-9]+)*)?");

	private static final Pattern WEBSITE = Pattern.compile("^$|^https?://[^\\s<>\"]+$", Pattern.CASE_INSENSITIVE);

	private static final RequestPostProcessor EDITOR = user("hostile-editor").roles("EDITOR");

	private static final RequestPostProcessor ADMIN = user("hostile-admin").roles("ADMIN");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CommentFixtures fixtures;

	private final String run = UUID.randomUUID().toString().substring(0, 6);

	private int address;

	/**
	 * A field of the editor form, with the rule that decides whether a value is kept.
	 */
	enum PostField {

		TITLE("title", (p) -> fits(p, 200) && !p.isBlank()),
		SLUG("slug", (p) -> p.length() <= 160 && SLUG_FORM.matcher(p).matches()), LEAD("lead", (p) -> fits(p, 4000)),
		HEADING("takeaways[0].heading", (p) -> fits(p, 120) && !p.isBlank()),
		TAKEAWAY_BODY("takeaways[0].body", (p) -> fits(p, 2000)), BODY("body", (p) -> fits(p, 100_000)),
		TAG("tags", (p) -> fits(p, 500) && Arrays.stream(p.split(",")).allMatch((name) -> name.strip().length() <= 60));

		final String param;

		final Predicate<String> accepts;

		PostField(String param, Predicate<String> accepts) {
			this.param = param;
			this.accepts = accepts;
		}

	}

	/**
	 * A field of the comment form; values are kept without surrounding white space.
	 */
	enum CommentField {

		NAME("name", (p) -> fits(p.strip(), 100) && !p.isBlank()),
		WEBSITE("website", (p) -> fits(p.strip(), 300) && HostileInputContract.WEBSITE.matcher(p.strip()).matches()),
		TEXT("text", (p) -> fits(p.strip(), 5000) && !p.isBlank());

		final String param;

		final Predicate<String> accepts;

		CommentField(String param, Predicate<String> accepts) {
			this.param = param;
			this.accepts = accepts;
		}

	}

	static boolean fits(String value, int max) {
		return value.length() <= max && PlainText.Validator.isPlain(value);
	}

	@BeforeEach
	void createAccounts() {
		this.fixtures.account("hostile-editor", "Hostile Editor");
	}

	@Test
	void theCorpusHasAtLeastFortyPayloadsOfEveryKindTheIssueNames() {
		assertThat(PAYLOADS).hasSizeGreaterThanOrEqualTo(40)
			.anyMatch((p) -> p.contains("<script"))
			.anyMatch((p) -> p.contains("onerror="))
			.anyMatch((p) -> p.contains("javascript:"))
			.anyMatch((p) -> p.contains("data:text/html"))
			.anyMatch((p) -> p.contains("<svg"))
			.anyMatch((p) -> p.contains("<math"))
			.anyMatch((p) -> p.contains("[[${7*7}]]"))
			.anyMatch((p) -> p.contains("__${T(java.lang.Runtime)"))
			.anyMatch((p) -> p.contains("'; DROP TABLE"))
			.anyMatch((p) -> p.contains("\u202E"))
			.anyMatch((p) -> p.contains("\u0000"))
			.anyMatch((p) -> p.length() >= 100 * 1024);
	}

	@ParameterizedTest
	@EnumSource(PostField.class)
	void everyPayloadInAnEditorFieldIsStoredExactlyOrRefusedBesideTheField(PostField field) throws Exception {
		SoftAssertions softly = new SoftAssertions();
		int kept = 0;
		for (int i = 0; i < PAYLOADS.size(); i++) {
			String payload = PAYLOADS.get(i);
			String label = field + " " + HostileInputs.label(payload);
			String slug = (field == PostField.SLUG) ? payload : "hostile-" + this.run + "-" + field.ordinal() + "-" + i;
			int before = postCount();
			MockHttpServletResponse response = this.mvc.perform(editorForm(field, payload, slug))
				.andReturn()
				.getResponse();
			if (!field.accepts.test(payload)) {
				softly.assertThat(response.getStatus()).as("%s: refused, form shown again", label).isEqualTo(200);
				softly.assertThat(response.getContentAsString())
					.as("%s: error beside the field", label)
					.contains("id=\"" + field.param + "-error\"");
				softly.assertThat(postCount()).as("%s: nothing stored", label).isEqualTo(before);
				continue;
			}
			softly.assertThat(response.getRedirectedUrl()).as("%s: kept", label).startsWith("/editor/posts/");
			if (response.getRedirectedUrl() == null) {
				continue;
			}
			kept++;
			long id = Long.parseLong(response.getRedirectedUrl().substring("/editor/posts/".length()));
			softly.assertThat(stored(field, id))
				.as("%s: stored exactly", label)
				.isEqualTo(expectedStored(field, payload));
			checkPages(softly, field, payload, id, label);
		}
		softly.assertAll();
		if (field != PostField.SLUG) {
			assertThat(kept).as("payloads kept in %s", field).isPositive();
		}
	}

	private MockHttpServletRequestBuilder editorForm(PostField field, String payload, String slug) {
		Map<String, String> values = new HashMap<>(
				Map.of("title", "Hostile " + field, "slug", slug, "lead", "A lead.", "body", "A body.", "tags", "",
						"takeaways[0].heading", "A heading", "takeaways[0].body", "A takeaway.", "publication", "NOW"));
		if (field != PostField.SLUG) {
			values.put(field.param, payload);
		}
		MockHttpServletRequestBuilder request = post("/editor/posts").with(csrf()).with(EDITOR);
		values.forEach(request::param);
		return request;
	}

	private String stored(PostField field, long id) {
		return switch (field) {
			case TITLE, SLUG, LEAD, BODY ->
				this.jdbc.queryForObject("select " + field.param + " from post where id = ?", String.class, id);
			case HEADING, TAKEAWAY_BODY -> this.jdbc.queryForObject("select "
					+ ((field == PostField.HEADING) ? "heading" : "body")
					+ " from takeaway where post_id = ? and position = (select min(position) from takeaway where post_id = ?)",
					String.class, id, id);
			case TAG -> String.join(",", this.jdbc.queryForList(
					"select t.slug from tag t join post_tag pt on pt.tag_id = t.id where pt.post_id = ? order by t.slug",
					String.class, id));
		};
	}

	/**
	 * What the field holds after saving: the payload itself, or for tags the slugs of its
	 * comma-separated names (a tag's name is kept as first typed).
	 */
	private static String expectedStored(PostField field, String payload) {
		if (field != PostField.TAG) {
			return payload;
		}
		Set<String> slugs = new java.util.TreeSet<>();
		for (String name : payload.split(",")) {
			String slug = Anchors.slugify(name.strip());
			if (!slug.isEmpty()) {
				slugs.add(slug);
			}
		}
		return String.join(",", slugs);
	}

	private void checkPages(SoftAssertions softly, PostField field, String payload, long id, String label)
			throws Exception {
		String slug = this.jdbc.queryForObject("select slug from post where id = ?", String.class, id);
		String reader = page(get("/posts/{slug}", slug));
		String editor = page(get("/editor/posts/{id}", id).with(EDITOR));
		softly.assertThatCode(() -> {
			Document shown = HostileInputs.assertInert(reader, label + " on the post page");
			Document form = HostileInputs.assertInert(editor, label + " in the editor");
			switch (field) {
				case TITLE -> {
					assertThat(shown.select("h1").text()).isEqualTo(HostileInputs.shown(payload));
					assertThat(form.getElementById("title").val()).isEqualTo(payload);
				}
				case LEAD, HEADING -> assertThat(shown.text()).contains(HostileInputs.shown(payload));
				default -> {
				}
			}
		}).as(label).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@EnumSource(CommentField.class)
	void everyPayloadInACommentFieldIsStoredExactlyOrRefusedAndApprovedOnesShowInert(CommentField field)
			throws Exception {
		Post post = this.fixtures.openPost();
		SoftAssertions softly = new SoftAssertions();
		List<Long> kept = new ArrayList<>();
		for (int i = 0; i < PAYLOADS.size(); i++) {
			String payload = PAYLOADS.get(i);
			String label = field + " " + HostileInputs.label(payload);
			String email = "hostile-" + this.run + "-" + field.ordinal() + "-" + i + "@example.org";
			Map<String, String> values = new HashMap<>(
					Map.of("name", "Hostile Reader", "email", email, "website", "", "text", "A thought."));
			values.put(field.param, payload);
			MockHttpServletRequestBuilder request = post("/posts/{slug}/comments", post.getSlug()).with(csrf())
				.with(from("10.66." + (this.address / 250) + "." + (this.address++ % 250 + 1)));
			values.forEach(request::param);
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			List<Map<String, Object>> rows = this.jdbc.queryForList(
					"select id, author_name, author_website, body from comment where author_email = ?", email);
			if (!field.accepts.test(payload)) {
				softly.assertThat(response.getStatus()).as("%s: refused, form shown again", label).isEqualTo(200);
				softly.assertThat(response.getContentAsString())
					.as("%s: error beside the field", label)
					.contains("id=\"" + field.param + "-error\"");
				softly.assertThat(rows).as("%s: nothing stored", label).isEmpty();
				continue;
			}
			softly.assertThat(response.getRedirectedUrl()).as("%s: kept", label).startsWith("/posts/");
			softly.assertThat(rows).as("%s: one comment", label).hasSize(1);
			if (rows.size() != 1) {
				continue;
			}
			String column = switch (field) {
				case NAME -> "author_name";
				case WEBSITE -> "author_website";
				case TEXT -> "body";
			};
			softly.assertThat(rows.get(0).get(column)).as("%s: stored exactly", label).isEqualTo(payload.strip());
			kept.add(((Number) rows.get(0).get("id")).longValue());
		}
		softly.assertAll();
		assertThat(kept).as("payloads kept in %s", field).isNotEmpty();

		MockHttpServletRequestBuilder approve = post("/admin/comments/bulk").with(csrf())
			.with(ADMIN)
			.param("action", "approve");
		kept.forEach((id) -> approve.param("ids", id.toString()));
		this.mvc.perform(approve).andReturn();
		Document page = HostileInputs.assertInert(page(get("/posts/{slug}", post.getSlug())), field + " on the post");
		assertThat(page.select("#comments li.comment").size()).as("approved comments shown")
			.isGreaterThanOrEqualTo(kept.size());
		HostileInputs.assertInert(page(get("/admin/comments").with(ADMIN).param("status", "approved")),
				field + " in moderation");
		assertWellFormedXml(page(get("/posts/{slug}/comments.atom", post.getSlug())));
	}

	@Test
	void everyPayloadAsASearchQueryIsShownInertAndEchoedAsTyped() throws Exception {
		SoftAssertions softly = new SoftAssertions();
		for (String payload : PAYLOADS) {
			String label = "search " + HostileInputs.label(payload);
			MockHttpServletResponse response = this.mvc.perform(get("/search").param("q", payload))
				.andReturn()
				.getResponse();
			softly.assertThat(response.getStatus()).as(label).isIn(200, 400);
			softly.assertThatCode(() -> {
				Document page = HostileInputs.assertInert(response.getContentAsString(), label);
				if (fits(payload.strip(), 200)) {
					assertThat(page.getElementById("search-q").val()).isEqualTo(payload.strip());
				}
			}).as(label).doesNotThrowAnyException();
		}
		softly.assertAll();
	}

	@Test
	void listsAndFeedsShowingThePayloadsStayInertAndWellFormed() throws Exception {
		everyPayloadInAnEditorFieldIsStoredExactlyOrRefusedBesideTheField(PostField.TITLE);

		HostileInputs.assertInert(page(get("/")), "home page");
		HostileInputs.assertInert(page(get("/editor").with(EDITOR)), "editor list");
		HostileInputs.assertInert(page(get("/archive")), "archive");
		assertWellFormedXml(page(get("/feed.atom")));
		assertWellFormedXml(page(get("/feed.rss")));
		assertWellFormedXml(page(get("/sitemap.xml")));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).as("%s", request).isEqualTo(200);
		return response.getContentAsString();
	}

	private int postCount() {
		return this.jdbc.queryForObject("select count(*) from post", Integer.class);
	}

	private static void assertWellFormedXml(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
