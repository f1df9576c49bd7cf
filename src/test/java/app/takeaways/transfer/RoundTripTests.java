package app.takeaways.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.takeaways.TakeawaysApplication;
import app.takeaways.transfer.wordpress.ImportReport;
import app.takeaways.transfer.wordpress.WordpressImporter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export, then import into an empty blog, then export again: the same posts, takeaways
 * with their anchors, leads, bodies, tags, authors, comments with status and thread,
 * revisions (in the JSON archive) and discussion flags. The two exports are compared
 * whole, apart from the export date and the ids the second blog gave its posts and
 * comments (renumbered in order of appearance).
 */
@SpringBootTest(properties = "takeaways.demo.enabled=false")
class RoundTripTests {

	private static final String BASE = "https://takeaways.example";

	@Autowired
	WordpressImporter importer;

	@Autowired
	SiteExport export;

	@Autowired
	JdbcClient jdbc;

	@Test
	void exportImportedIntoAnEmptyBlogExportsTheSame() throws IOException {
		WordpressFixtures fixture = new WordpressFixtures();
		ImportReport first = new ImportReport();
		this.importer.run(WordpressFixtures.file(fixture.xml()), first);
		assertThat(first.snapshot().postsImported()).isEqualTo(5);
		String exported = wxr(this.export);

		try (ConfigurableApplicationContext empty = new SpringApplicationBuilder(TakeawaysApplication.class).run(
				"--spring.datasource.url=jdbc:h2:mem:round-trip-" + UUID.randomUUID(), "--takeaways.demo.enabled=false",
				"--server.port=-1", "--spring.main.banner-mode=off")) {
			ImportReport second = new ImportReport();
			empty.getBean(WordpressImporter.class).run(WordpressFixtures.file(exported), second);
			assertThat(second.snapshot().failure()).isNull();
			assertThat(second.snapshot().skipped()).isEmpty();
			assertThat(second.snapshot().postsImported()).isEqualTo(count(exported, "<item>"));
			String again = wxr(empty.getBean(SiteExport.class));
			assertThat(normalized(again)).isEqualTo(normalized(exported));
		}
	}

	@Test
	void exportNamesTakeawaysWithBoldHeadingsAndAnchorsAndCommentsWithTheirStatus() throws IOException {
		WordpressFixtures fixture = new WordpressFixtures();
		this.importer.run(WordpressFixtures.file(fixture.xml()), new ImportReport());
		String exported = wxr(this.export);
		assertThat(exported).contains("<wp:post_name><![CDATA[" + fixture.slug("energy-summit") + "]]></wp:post_name>")
			.contains(
					"<li id=\"grids-first\"><strong>Grids first:</strong> Money goes to transmission before generation.</li>")
			.contains("<wp:comment_approved><![CDATA[spam]]></wp:comment_approved>")
			.contains("<wp:status><![CDATA[future]]></wp:status>")
			.contains("<wp:comment_status><![CDATA[closed]]></wp:comment_status>")
			.contains("<category domain=\"post_tag\" nicename=\"" + fixture.slug("energy")
					+ "\"><![CDATA[Energy]]></category>");
	}

	@Test
	void jsonArchiveRestoredIntoAnEmptyBlogArchivesTheSame() throws IOException {
		WordpressFixtures fixture = new WordpressFixtures();
		this.importer.run(WordpressFixtures.file(fixture.xml()), new ImportReport());
		long post = this.jdbc.sql("select id from post where slug = ?")
			.param(fixture.slug("energy-summit"))
			.query(Long.class)
			.single();
		for (int number = 1; number <= 2; number++) {
			this.jdbc
				.sql("insert into post_revision (post_id, revision_number, author, note, created_at, snapshot)"
						+ " values (?, ?, 'eda', 'revision.saved', ?, ?)")
				.params(post, number, OffsetDateTime.parse("2024-03-0" + number + "T10:00:00Z"),
						"{\"title\":\"Draft " + number + "\"}")
				.update();
		}
		String archived = json(this.export);
		assertThat(archived).contains("\"revisions\":[{\"number\":1,\"author\":\"eda\",\"note\":\"revision.saved\","
				+ "\"createdAt\":\"2024-03-01T10:00:00Z\",\"snapshot\":\"{\\\"title\\\":\\\"Draft 1\\\"}\"},{\"number\":2");
		try (ConfigurableApplicationContext empty = new SpringApplicationBuilder(TakeawaysApplication.class).run(
				"--spring.datasource.url=jdbc:h2:mem:json-round-trip-" + UUID.randomUUID(),
				"--takeaways.demo.enabled=false", "--server.port=-1", "--spring.main.banner-mode=off")) {
			ImportReport restored = new ImportReport();
			empty.getBean(ArchiveImporter.class).run(WordpressFixtures.file(archived), restored);
			assertThat(restored.snapshot().failure()).isNull();
			assertThat(restored.snapshot().skipped()).isEmpty();
			String again = json(empty.getBean(SiteExport.class));
			assertThat(normalizedJson(again)).isEqualTo(normalizedJson(archived));
			ImportReport twice = new ImportReport();
			empty.getBean(ArchiveImporter.class).run(WordpressFixtures.file(archived), twice);
			assertThat(twice.snapshot().postsImported()).isZero();
			assertThat(normalizedJson(json(empty.getBean(SiteExport.class)))).isEqualTo(normalizedJson(archived));
		}
	}

	private static String json(SiteExport export) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.json(out);
		return out.toString(StandardCharsets.UTF_8);
	}

	/**
	 * The archive without its date and the posts' last-changed times (a restored post
	 * changed when it was restored), with post and comment ids replaced by their order of
	 * appearance (a reply's parent by its parent's).
	 */
	static String normalizedJson(String json) {
		String text = json.replaceFirst("\"exportedAt\":\"[^\"]*\"", "\"exportedAt\":\"\"")
			.replaceAll("\"updatedAt\":\"[^\"]*\"", "\"updatedAt\":\"\"");
		text = renumber(text, "(\\{\"post\":\\{\"id\":|\"postId\":)(\\d+)");
		return renumber(text, "(\"comments\":\\[\\{\"id\":|\\},\\{\"id\":|\"parentId\":)(\\d+)");
	}

	private static String wxr(SiteExport export) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		export.wxr(out, BASE);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static int count(String text, String needle) {
		return text.split(Pattern.quote(needle), -1).length - 1;
	}

	/**
	 * The export without its date, with post and comment ids replaced by their order of
	 * appearance.
	 */
	static String normalized(String wxr) {
		String text = wxr.replaceFirst("<pubDate>[^<]*</pubDate>", "<pubDate/>");
		text = renumber(text, "(<wp:post_id>|\\?p=)(\\d+)");
		return renumber(text, "(<wp:comment_id>|<wp:comment_parent>)(\\d+)");
	}

	private static String renumber(String text, String regex) {
		Map<String, String> numbers = new HashMap<>();
		numbers.put("0", "0");
		Matcher matcher = Pattern.compile(regex).matcher(text);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String number = numbers.computeIfAbsent(matcher.group(2), (id) -> "#" + numbers.size());
			matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group(1) + number));
		}
		matcher.appendTail(result);
		return result.toString();
	}

}
