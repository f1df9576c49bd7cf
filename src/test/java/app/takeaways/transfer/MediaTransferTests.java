package app.takeaways.transfer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import app.takeaways.TakeawaysApplication;
import app.takeaways.account.Authors;
import app.takeaways.media.MediaLibrary;
import app.takeaways.post.PostCommands;
import app.takeaways.post.PostContent;
import app.takeaways.post.PostStatus;
import app.takeaways.transfer.wordpress.ImportReport;
import app.takeaways.transfer.wordpress.WordpressImporter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The media library moves with the site: the JSON archive restores every picture into an
 * empty site so that post pages show them at the same addresses with the same bytes, and
 * the WordPress export lists them as attachments the way WordPress does, which an import
 * into Takeaways leaves out instead of making posts of them.
 */
@SpringBootTest(properties = { "takeaways.demo.enabled=false",
		// a context and database of its own: RoundTripTests' WordPress round trip cannot
		// carry the pictures these tests upload (an import does not fetch pictures)
		"spring.datasource.url=jdbc:h2:mem:media-transfer-${random.uuid};DB_CLOSE_DELAY=-1" })
class MediaTransferTests {

	private static final String BASE = "https://takeaways.example";

	private static final String WP = "http://wordpress.org/export/1.2/";

	@Autowired
	SiteExport export;

	@Autowired
	MediaLibrary library;

	@Autowired
	PostCommands posts;

	@Autowired
	Authors authors;

	@Autowired
	Clock clock;

	@Autowired
	JsonMapper json;

	@Autowired
	ArchiveImporter importer;

	@Test
	void jsonArchiveRestoresPicturesAtTheSameAddressesWithTheSameBytes() throws Exception {
		String hash = this.library.upload(jpeg(1200, 600), "harbour.jpg", "The harbour at dawn", false, "eda");
		String slug = post("Harbour", "Before.\n\n![](/media/" + hash + "-960.jpg)\n\nAfter.", hash);
		String address = "/media/" + hash + "-960.jpg";
		byte[] original = this.library.file(hash + "-960.jpg").orElseThrow().data();
		String archive = json();

		try (EmptySite site = emptySite()) {
			ImportReport restored = site.restore(archive);
			assertThat(restored.snapshot().failure()).isNull();
			assertThat(restored.snapshot().picturesImported()).isPositive();

			Document page = Jsoup.parse(site.get("/posts/" + slug).body());
			Element inBody = page.selectFirst("article .body img");
			assertThat(inBody.attr("src")).isEqualTo(address);
			assertThat(inBody.attr("srcset")).contains(hash + "-480.jpg 480w").contains(hash + "-1200.jpg 1200w");
			assertThat(inBody.attr("alt")).isEqualTo("The harbour at dawn");
			Element lead = page.selectFirst("article figure.lead-image img");
			assertThat(lead.attr("src")).isEqualTo(address);
			assertThat(lead.attr("width")).isEqualTo("1200");

			HttpResponse<byte[]> picture = site.get(address, HttpResponse.BodyHandlers.ofByteArray());
			assertThat(picture.statusCode()).isEqualTo(200);
			assertThat(picture.headers().firstValue("Content-Type")).hasValue("image/jpeg");
			assertThat(picture.body()).isEqualTo(original);

			assertThat(picture(site.json(), hash)).isEqualTo(picture(archive, hash));
			int pictures = site.bean(MediaLibrary.class).list().size();
			ImportReport twice = site.restore(archive);
			assertThat(twice.snapshot().picturesImported()).isZero();
			assertThat(site.bean(MediaLibrary.class).list()).hasSize(pictures);
		}
	}

	@Test
	void archiveMadeBeforePicturesStillRestores() throws Exception {
		String slug = "before-pictures-" + UUID.randomUUID();
		String archive = """
				{"format":"takeaways-archive","version":1,"exportedAt":"2025-01-01T10:00:00Z","siteName":"Old",
				 "authors":[{"username":"eda","displayName":"Eda"}],
				 "posts":[{"post":{"id":7,"slug":"%s","title":"Written before pictures","lead":"A lead.",
				   "body":"Plain words.","bodyHtml":"<p>Plain words.</p>","status":"PUBLISHED",
				   "publishedAt":"2025-01-01T09:00:00Z","createdAt":"2025-01-01T08:00:00Z",
				   "updatedAt":"2025-01-01T09:00:00Z","commentsClosed":false,"authorUsername":"eda",
				   "authorDisplayName":"Eda","takeaways":[],"tags":[]},"comments":[]}]}
				""".formatted(slug);

		try (EmptySite site = emptySite()) {
			ImportReport restored = site.restore(archive);
			assertThat(restored.snapshot().failure()).isNull();
			assertThat(restored.snapshot().postsImported()).isEqualTo(1);
			assertThat(restored.snapshot().picturesImported()).isZero();

			HttpResponse<String> page = site.get("/posts/" + slug);
			assertThat(page.statusCode()).isEqualTo(200);
			Document html = Jsoup.parse(page.body());
			assertThat(html.selectFirst("article h1").text()).isEqualTo("Written before pictures");
			assertThat(html.selectFirst("article figure.lead-image")).isNull();
		}
	}

	@Test
	void archivedPictureThatIsNotAPictureIsSkippedAndNamed() throws Exception {
		String hash = UUID.randomUUID().toString().replace("-", "");
		String svg = Base64.getEncoder().encodeToString("<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8));
		String slug = "beside-a-bad-picture-" + UUID.randomUUID();
		String archive = """
				{"format":"takeaways-archive","version":2,"exportedAt":"2025-01-01T10:00:00Z","siteName":"Old",
				 "media":[{"hash":"%s","format":"JPEG","width":480,"height":240,"byteSize":30,"altText":"A cat",
				   "decorative":false,"originalName":"cat.jpg","uploadedBy":"eda",
				   "uploadedAt":"2025-01-01T08:00:00Z","variantFormat":"JPEG",
				   "variants":[{"width":480,"height":240,"data":"%s"}]}],
				 "posts":[{"post":{"id":7,"slug":"%s","title":"Beside a bad picture","lead":"A lead.",
				   "body":"Words.","bodyHtml":"<p>Words.</p>","status":"PUBLISHED",
				   "publishedAt":"2025-01-01T09:00:00Z","createdAt":"2025-01-01T08:00:00Z",
				   "updatedAt":"2025-01-01T09:00:00Z","commentsClosed":false,"authorUsername":"eda",
				   "authorDisplayName":"Eda","takeaways":[],"tags":[],"leadImage":null},"comments":[]}]}
				""".formatted(hash, svg, slug);
		ImportReport report = new ImportReport();

		this.importer.run(WordpressFixtures.file(archive), report);

		assertThat(report.snapshot().failure()).isNull();
		assertThat(report.snapshot().picturesImported()).isZero();
		assertThat(report.snapshot().skipped()).singleElement()
			.satisfies((skipped) -> assertThat(skipped.item()).isEqualTo("cat.jpg (" + hash + ")"))
			.satisfies((skipped) -> assertThat(skipped.key()).isEqualTo("transfer.skip.picture-invalid"));
		assertThat(report.snapshot().postsImported()).isEqualTo(1);
		assertThat(this.library.file(hash + "-480.jpg")).isEmpty();
	}

	@Test
	void wordpressExportListsPicturesAsAttachmentsWithTheirPostsThumbnail() throws Exception {
		String hash = this.library.upload(jpeg(1800, 900), "quay-at-noon.jpg", "Boats along the quay", false, "eda");
		String slug = post("Quay", "Text.", hash);

		org.w3c.dom.Document wxr = parse(wxr());

		org.w3c.dom.Element attachment = items(wxr, "attachment").stream()
			.filter((item) -> wp(item, "attachment_url").contains(hash))
			.findFirst()
			.orElseThrow();
		org.w3c.dom.Element post = items(wxr, "post").stream()
			.filter((item) -> wp(item, "post_name").equals(slug))
			.findFirst()
			.orElseThrow();
		assertThat(wp(attachment, "attachment_url")).isEqualTo(BASE + "/media/" + hash + "-1600.jpg");
		assertThat(text(attachment, "", "title")).isEqualTo("quay-at-noon");
		assertThat(wp(attachment, "post_mime_type")).isEqualTo("image/jpeg");
		assertThat(wp(attachment, "status")).isEqualTo("inherit");
		assertThat(meta(attachment, "_wp_attachment_image_alt")).hasValue("Boats along the quay");
		assertThat(wp(attachment, "post_parent")).isEqualTo(wp(post, "post_id"));
		assertThat(meta(post, "_thumbnail_id")).hasValue(wp(attachment, "post_id"));
		assertThat(items(wxr, "post").stream().map((item) -> wp(item, "post_id")))
			.doesNotContain(wp(attachment, "post_id"));
	}

	@Test
	void wordpressImportOfAnExportWithPicturesMakesNoPostOfThem() throws Exception {
		String hash = this.library.upload(jpeg(700, 400), "pier.jpg", "The pier", false, "eda");
		String slug = post("Pier", "See it:\n\n![The pier](/media/" + hash + "-700.jpg)", hash);
		String exported = wxr();
		org.w3c.dom.Document wxr = parse(exported);
		int postItems = items(wxr, "post").size();
		int attachmentItems = items(wxr, "attachment").size();

		try (EmptySite site = emptySite()) {
			ImportReport report = new ImportReport();
			site.bean(WordpressImporter.class).run(WordpressFixtures.file(exported), report);

			assertThat(report.snapshot().failure()).isNull();
			assertThat(report.snapshot().postsImported()).isEqualTo(postItems);
			assertThat(report.snapshot().skippedTypes()).containsEntry("attachment", attachmentItems);
			assertThat(report.snapshot().imageLinks()).contains(BASE + "/media/" + hash + "-700.jpg");
			assertThat(site.get("/posts/" + slug).statusCode()).isEqualTo(200);
			assertThat(site.get("/posts/pier").statusCode()).isEqualTo(404);
		}
	}

	private String post(String title, String body, String leadImage) {
		long author = this.authors.findOrCreateWithoutSignIn("media-transfer", "Media Transfer");
		String slug = title.toLowerCase() + "-" + UUID.randomUUID();
		this.posts.create(slug, author, new PostContent(title, "A lead about " + title, body, List.of(), List.of(),
				PostStatus.PUBLISHED, this.clock.instant().minus(Duration.ofHours(1)), false, null, leadImage));
		return slug;
	}

	private String json() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.json(out);
		return out.toString(StandardCharsets.UTF_8);
	}

	/** A picture of an archive, as written: hash, text, size, upload, every width. */
	private JsonNode picture(String archive, String hash) {
		for (JsonNode picture : this.json.readTree(archive).get("media")) {
			if (picture.get("hash").asString().equals(hash)) {
				return picture;
			}
		}
		throw new AssertionError("No picture " + hash + " in the archive");
	}

	private String wxr() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.wxr(out, BASE);
		return out.toString(StandardCharsets.UTF_8);
	}

	/** A picture no other test uploads: its colours are drawn at random. */
	private static byte[] jpeg(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		ThreadLocalRandom random = ThreadLocalRandom.current();
		for (int band = 0; band < 8; band++) {
			g.setColor(new Color(random.nextInt(0x1000000)));
			g.fillRect(band * width / 8, 0, width / 8 + 1, height);
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpeg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static org.w3c.dom.Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

	private static List<org.w3c.dom.Element> items(org.w3c.dom.Document wxr, String type) {
		NodeList nodes = wxr.getElementsByTagNameNS("", "item");
		List<org.w3c.dom.Element> items = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			org.w3c.dom.Element item = (org.w3c.dom.Element) nodes.item(i);
			if (wp(item, "post_type").equals(type)) {
				items.add(item);
			}
		}
		return items;
	}

	private static String wp(org.w3c.dom.Element item, String name) {
		return text(item, WP, name);
	}

	private static String text(org.w3c.dom.Element item, String namespace, String name) {
		NodeList nodes = item.getElementsByTagNameNS(namespace, name);
		return (nodes.getLength() > 0) ? nodes.item(0).getTextContent().strip() : "";
	}

	private static Optional<String> meta(org.w3c.dom.Element item, String key) {
		NodeList metas = item.getElementsByTagNameNS(WP, "postmeta");
		for (int i = 0; i < metas.getLength(); i++) {
			org.w3c.dom.Element meta = (org.w3c.dom.Element) metas.item(i);
			if (text(meta, WP, "meta_key").equals(key)) {
				return Optional.of(text(meta, WP, "meta_value"));
			}
		}
		return Optional.empty();
	}

	/**
	 * A second site with an empty database of its own, answering HTTP like a deployed
	 * one.
	 */
	/**
	 * A second application with nothing in it, on a database of the same kind as this
	 * test's: a fresh H2 in memory here.
	 */
	EmptySite emptySite() throws Exception {
		return new EmptySite(List.of("--spring.datasource.url=jdbc:h2:mem:media-transfer-" + UUID.randomUUID()), () -> {
		});
	}

	static final class EmptySite implements AutoCloseable {

		private final ConfigurableApplicationContext context;

		private final AutoCloseable database;

		private final HttpClient http = HttpClient.newHttpClient();

		private final String base;

		/**
		 * @param databaseArguments the command-line arguments that name its database
		 * @param database closed after the application stops
		 */
		EmptySite(List<String> databaseArguments, AutoCloseable database) {
			List<String> arguments = new ArrayList<>(databaseArguments);
			arguments
				.addAll(List.of("--takeaways.demo.enabled=false", "--server.port=0", "--spring.main.banner-mode=off"));
			this.context = new SpringApplicationBuilder(TakeawaysApplication.class)
				.run(arguments.toArray(String[]::new));
			this.database = database;
			this.base = "http://localhost:" + this.context.getEnvironment().getProperty("local.server.port");
		}

		String json() throws IOException {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			bean(SiteExport.class).json(out);
			return out.toString(StandardCharsets.UTF_8);
		}

		<T> T bean(Class<T> type) {
			return this.context.getBean(type);
		}

		ImportReport restore(String archive) throws IOException {
			ImportReport report = new ImportReport();
			bean(ArchiveImporter.class).run(WordpressFixtures.file(archive), report);
			return report;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return get(path, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		<T> HttpResponse<T> get(String path, HttpResponse.BodyHandler<T> body)
				throws IOException, InterruptedException {
			return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).GET().build(), body);
		}

		@Override
		public void close() throws Exception {
			this.context.close();
			this.database.close();
		}

	}

}
