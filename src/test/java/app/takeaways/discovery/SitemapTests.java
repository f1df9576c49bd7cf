package app.takeaways.discovery;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What search engines get: a sitemap of the published demo content and a robots.txt that
 * points at it.
 */
@SpringBootTest(properties = "takeaways.time-zone=Europe/Berlin")
@AutoConfigureMockMvc
class SitemapTests {

	static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	@Autowired
	MockMvcTester mvc;

	@Test
	void sitemapListsHomeTagPagesAndEveryPublishedPostWithItsLastChangeButNoDraft() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/sitemap.xml").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("application/xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document xml = factory.newDocumentBuilder()
			.parse(new ByteArrayInputStream(
					result.getResponse().getContentAsString(StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)));

		Element urlset = xml.getDocumentElement();
		assertThat(urlset.getNamespaceURI()).isEqualTo(NS);
		assertThat(urlset.getLocalName()).isEqualTo("urlset");
		NodeList urls = urlset.getElementsByTagNameNS(NS, "url");
		java.util.Map<String, String> lastmod = new java.util.LinkedHashMap<>();
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			NodeList mod = url.getElementsByTagNameNS(NS, "lastmod");
			lastmod.put(url.getElementsByTagNameNS(NS, "loc").item(0).getTextContent(),
					(mod.getLength() > 0) ? mod.item(0).getTextContent() : null);
		}

		List<String> posts = FeedTests.PUBLISHED.stream().map((slug) -> "http://localhost/posts/" + slug).toList();
		assertThat(lastmod.keySet())
			.contains("http://localhost/", "http://localhost/tags", "http://localhost/tags/diplomacy",
					"http://localhost/tags/economy")
			.containsAll(posts)
			.doesNotContain("http://localhost/posts/what-to-watch-at-next-months-climate-summit",
					"http://localhost/tags/climate")
			.allSatisfy((loc) -> assertThat(loc).startsWith("http://localhost/"));
		assertThat(lastmod.keySet().stream().filter((loc) -> loc.contains("/posts/"))).hasSize(posts.size());
		assertThat(lastmod.get("http://localhost/posts/" + FeedTests.SEED)).isEqualTo("2026-11-20T08:30:00Z");
		posts.forEach((loc) -> OffsetDateTime.parse(lastmod.get(loc), DateTimeFormatter.ISO_OFFSET_DATE_TIME));
	}

	@Test
	void robotsTxtPointsAtTheSitemapWithAnAbsoluteAddress() {
		assertThat(this.mvc.get().uri("/robots.txt")).hasStatusOk()
			.hasContentTypeCompatibleWith("text/plain")
			.bodyText()
			.contains("User-agent: *", "Sitemap: http://localhost/sitemap.xml", "Disallow: /admin/");
	}

}
