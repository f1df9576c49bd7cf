package app.takeaways.discovery;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import app.takeaways.comment.Comment;
import app.takeaways.comment.CommentRepository;
import app.takeaways.post.PostRepository;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Atom and RSS feeds of the demo content, read by Rome and by a plain XML parser as a
 * feed reader would.
 */
@SpringBootTest(properties = "takeaways.time-zone=Europe/Berlin")
@AutoConfigureMockMvc
class FeedTests {

	static final String ATOM_NS = "http://www.w3.org/2005/Atom";

	static final String SEED = "key-takeaways-from-kim-and-putins-meeting";

	static final List<String> SEED_HEADINGS = List.of("Diplomatic Outreach:", "Regional Security:",
			"Economic Cooperation:", "Energy Deals:", "Humanitarian Aid:", "Sanctions Relief:",
			"Cultural and Educational Exchanges:", "Military Cooperation:", "Future Engagement:");

	static final List<String> PUBLISHED = List.of(SEED, "five-takeaways-from-the-autumn-harvest-report",
			"what-the-new-transit-plan-means-for-commuters", "notes-from-a-quiet-week-in-parliament",
			"lessons-from-ten-years-of-open-source-maintenance");

	static final Pattern RFC_3339 = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PostRepository posts;

	@Autowired
	CommentRepository comments;

	@Autowired
	Clock clock;

	MvcTestResult get(String path) {
		return this.mvc.get().uri(path).exchange();
	}

	static String body(MvcTestResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	static Document xml(String text) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	static String child(Element parent, String namespace, String name) {
		NodeList nodes = (namespace != null) ? parent.getElementsByTagNameNS(namespace, name)
				: parent.getElementsByTagName(name);
		assertThat(nodes.getLength()).as("<%s> in <%s>", name, parent.getTagName()).isPositive();
		return nodes.item(0).getTextContent().strip();
	}

	static List<Element> elements(NodeList nodes) {
		return java.util.stream.IntStream.range(0, nodes.getLength()).mapToObj((i) -> (Element) nodes.item(i)).toList();
	}

	static SyndFeed rome(String text) throws Exception {
		return new SyndFeedInput().build(new StringReader(text));
	}

	static List<String> takeawayHeadings(String html) {
		return Jsoup.parse(html).select("ol > li strong").eachText();
	}

	@Test
	void atomFeedIsWellFormedWithRequiredElementsAbsoluteLinksAndRfc3339Dates() throws Exception {
		MvcTestResult result = get("/feed.atom");
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/atom+xml");
		Element feed = xml(body(result)).getDocumentElement();

		assertThat(feed.getNamespaceURI()).isEqualTo(ATOM_NS);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(child(feed, ATOM_NS, "id")).isEqualTo("http://localhost/feed.atom");
		assertThat(child(feed, ATOM_NS, "title")).isEqualTo("Takeaways");
		assertThat(child(feed, ATOM_NS, "updated")).matches(RFC_3339);
		List<Element> entries = elements(feed.getElementsByTagNameNS(ATOM_NS, "entry"));
		assertThat(entries).hasSize(PUBLISHED.size());
		for (Element entry : entries) {
			assertThat(child(entry, ATOM_NS, "id")).startsWith("http://localhost/posts/");
			assertThat(child(entry, ATOM_NS, "title")).isNotBlank();
			String updated = child(entry, ATOM_NS, "updated");
			assertThat(updated).matches(RFC_3339);
			OffsetDateTime.parse(updated, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
			assertThat(child(entry, ATOM_NS, "name")).isEqualTo("Mara Lindqvist");
			Element link = (Element) entry.getElementsByTagNameNS(ATOM_NS, "link").item(0);
			assertThat(link.getAttribute("href")).startsWith("http://localhost/posts/");
		}
	}

	@Test
	void atomFeedCarriesTheNewestPublishedPostsWithTheSeedTakeawaysInOrder() throws Exception {
		SyndFeed feed = rome(body(get("/feed.atom")));

		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		assertThat(feed.getEntries()).extracting(SyndEntry::getLink)
			.containsExactlyElementsOf(PUBLISHED.stream().map((slug) -> "http://localhost/posts/" + slug).toList());
		SyndEntry seed = feed.getEntries().get(0);
		assertThat(seed.getTitle()).isEqualTo("Key Takeaways from Kim and Putin’s Meeting");
		assertThat(seed.getAuthor()).isEqualTo("Mara Lindqvist");
		assertThat(seed.getUpdatedDate()).isNotNull();
		String html = seed.getContents().get(0).getValue();
		assertThat(takeawayHeadings(html)).containsExactlyElementsOf(SEED_HEADINGS);
		assertThat(Jsoup.parse(html).select("ol > li a").eachAttr("href")).first()
			.isEqualTo("http://localhost/posts/" + SEED + "#diplomatic-outreach");
		assertThat(Jsoup.parse(html).text()).contains("In a highly anticipated meeting in Vladivostok");
	}

	@Test
	void rssFeedIsWellFormedWithRequiredElementsAbsoluteLinksAndRfc822Dates() throws Exception {
		MvcTestResult result = get("/feed.rss");
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/rss+xml");
		Element rss = xml(body(result)).getDocumentElement();

		assertThat(rss.getTagName()).isEqualTo("rss");
		assertThat(rss.getAttribute("version")).isEqualTo("2.0");
		Element channel = (Element) rss.getElementsByTagName("channel").item(0);
		assertThat(child(channel, null, "title")).isEqualTo("Takeaways");
		assertThat(child(channel, null, "link")).isEqualTo("http://localhost/");
		assertThat(child(channel, null, "description")).isEqualTo("Articles with their key takeaways");
		List<Element> items = elements(channel.getElementsByTagName("item"));
		assertThat(items).hasSize(PUBLISHED.size());
		for (Element item : items) {
			assertThat(child(item, null, "title")).isNotBlank();
			assertThat(child(item, null, "link")).startsWith("http://localhost/posts/");
			assertThat(child(item, null, "guid")).isEqualTo(child(item, null, "link"));
			assertThat(((Element) item.getElementsByTagName("guid").item(0)).getAttribute("isPermaLink"))
				.isNotEqualTo("false");
			ZonedDateTime.parse(child(item, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
		}
		assertThat(child(items.get(0), null, "pubDate")).isEqualTo("Fri, 20 Nov 2026 08:30:00 GMT");
	}

	@Test
	void rssFeedSaysEachDateAndLanguageOnceAndWhereItLives() throws Exception {
		MvcTestResult result = get("/feed.rss");
		Element rss = xml(body(result)).getDocumentElement();
		Element channel = (Element) rss.getElementsByTagName("channel").item(0);
		String dc = "http://purl.org/dc/elements/1.1/";

		assertThat(rss.getElementsByTagNameNS(dc, "date").getLength()).as("dc:date next to pubDate").isZero();
		assertThat(rss.getElementsByTagNameNS(dc, "language").getLength()).as("dc:language next to language").isZero();
		assertThat(channel.getElementsByTagName("language").getLength()).isOne();
		assertThat(elements(channel.getElementsByTagName("item")))
			.allSatisfy((item) -> assertThat(item.getElementsByTagName("pubDate").getLength()).isOne());
		List<Element> atomLinks = elements(channel.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link"));
		assertThat(atomLinks).singleElement().satisfies((link) -> {
			assertThat(link.getAttribute("rel")).isEqualTo("self");
			assertThat(link.getAttribute("href")).isEqualTo("http://localhost/feed.rss");
			assertThat(link.getAttribute("type")).isEqualTo("application/rss+xml");
		});
		SyndFeed parsed = new SyndFeedInput().build(new StringReader(body(result)));
		assertThat(parsed.getFeedType()).isEqualTo("rss_2.0");
		assertThat(parsed.getLanguage()).isEqualTo("en");
		assertThat(parsed.getEntries()).isNotEmpty().allSatisfy((entry) -> {
			assertThat(entry.getPublishedDate()).isNotNull();
			assertThat(entry.getAuthor()).isNotBlank();
		});
	}

	@Test
	void rssFeedCarriesTheSeedTakeawaysInOrderAndItsAuthor() throws Exception {
		SyndFeed feed = rome(body(get("/feed.rss")));

		assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
		SyndEntry seed = feed.getEntries().get(0);
		assertThat(seed.getLink()).isEqualTo("http://localhost/posts/" + SEED);
		assertThat(seed.getAuthor()).isEqualTo("Mara Lindqvist");
		assertThat(takeawayHeadings(seed.getDescription().getValue())).containsExactlyElementsOf(SEED_HEADINGS);
	}

	@Test
	void tagFeedHoldsOnlyThatTagsPostsAndUnknownTagsAreNotFound() throws Exception {
		SyndFeed feed = rome(body(get("/tags/diplomacy/feed.atom")));

		assertThat(feed.getTitle()).isEqualTo("Takeaways: Diplomacy");
		assertThat(feed.getEntries()).extracting(SyndEntry::getLink).containsExactly("http://localhost/posts/" + SEED);
		assertThat(get("/tags/no-such-tag/feed.atom")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(get("/tags/climate/feed.atom")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@Transactional
	void commentsFeedHoldsApprovedCommentsOnly() throws Exception {
		var post = this.posts.findWithTakeawaysBySlug(SEED).orElseThrow();
		this.comments.saveAndFlush(
				new Comment(post.getId(), null, "Pending Person", "p@example.org", null, "Not yet", this.clock));

		SyndFeed feed = rome(body(get("/posts/" + SEED + "/comments.atom")));

		assertThat(feed.getTitle()).isEqualTo("Comments on “Key Takeaways from Kim and Putin’s Meeting”");
		assertThat(feed.getEntries()).singleElement().satisfies((entry) -> {
			assertThat(entry.getAuthor()).isEqualTo("Daniel Okafor");
			assertThat(entry.getContents().get(0).getValue()).startsWith("A clear summary.");
			assertThat(entry.getLink()).startsWith("http://localhost/posts/" + SEED + "#comment-");
		});
		assertThat(Jsoup.parse(body(get("/posts/" + SEED))).select("head link[rel=alternate]").eachAttr("href"))
			.contains("/posts/" + SEED + "/comments.atom");
		assertThat(get("/posts/what-to-watch-at-next-months-climate-summit/comments.atom"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void conditionalGetWithTheLastEtagIsNotModifiedAndHasNoBody() throws Exception {
		for (String path : List.of("/feed.atom", "/feed.rss", "/tags/diplomacy/feed.atom",
				"/posts/" + SEED + "/comments.atom", "/sitemap.xml")) {
			MvcTestResult first = get(path);
			String etag = first.getResponse().getHeader("ETag");
			assertThat(etag).as(path).isNotBlank();
			assertThat(first.getResponse().getHeader("Last-Modified")).as(path).isNotBlank();

			MvcTestResult again = this.mvc.get().uri(path).header("If-None-Match", etag).exchange();

			assertThat(again).as(path).hasStatus(HttpStatus.NOT_MODIFIED);
			assertThat(again.getResponse().getContentAsByteArray()).as(path).isEmpty();
			assertThat(this.mvc.get().uri(path).header("If-None-Match", "\"stale\"").exchange()).as(path).hasStatusOk();
		}
	}

	@Test
	void conditionalGetWithLastModifiedIsNotModified() {
		String lastModified = get("/feed.atom").getResponse().getHeader("Last-Modified");

		assertThat(this.mvc.get().uri("/feed.atom").header("If-Modified-Since", lastModified))
			.hasStatus(HttpStatus.NOT_MODIFIED);
	}

	@Test
	void everyPublicPageAdvertisesTheFeedsAndOffersTagsArchiveAndSearch() throws Exception {
		for (String path : List.of("/", "/posts/" + SEED, "/tags", "/archive", "/search?q=energy")) {
			org.jsoup.nodes.Document page = Jsoup.parse(body(get(path)));

			assertThat(page.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href")).as(path)
				.contains("/feed.atom");
			assertThat(page.select("head link[rel=alternate][type=application/rss+xml]").eachAttr("href")).as(path)
				.contains("/feed.rss");
			assertThat(page.select(".masthead nav a").eachAttr("href")).as(path).contains("/tags", "/archive");
			assertThat(page.select("form[method=get][action=/search] input[name=q]")).as(path).hasSize(1);
			String input = page.select("form[action=/search] input[name=q]").attr("id");
			assertThat(page.select("form[action=/search] label[for=" + input + "]").text()).as(path)
				.isEqualTo("Search articles");
		}
	}

}
