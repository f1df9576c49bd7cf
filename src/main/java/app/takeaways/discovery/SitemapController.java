package app.takeaways.discovery;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import app.takeaways.common.SiteUrls;
import app.takeaways.post.ListFreshness;
import app.takeaways.post.PublishedPosts;
import app.takeaways.post.PostLists;
import app.takeaways.post.PostStamp;
import app.takeaways.post.TagCount;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * {@code /sitemap.xml} (home, tag pages and every visible post with its last change) and
 * {@code /robots.txt}, which points at it.
 */
@Controller
class SitemapController {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private final PublishedPosts posts;

	private final PostLists lists;

	private final SiteUrls urls;

	SitemapController(PublishedPosts posts, PostLists lists, SiteUrls urls) {
		this.posts = posts;
		this.lists = lists;
		this.urls = urls;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> sitemap(ServletWebRequest request) throws XMLStreamException {
		ListFreshness freshness = this.posts.freshness();
		if (ConditionalGet.notModified(request, freshness.lastModified(), "sitemap", freshness.count(),
				this.urls.base())) {
			return null;
		}
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("urlset");
		xml.writeDefaultNamespace(NAMESPACE);
		url(xml, "/", freshness.lastModified());
		url(xml, "/tags", null);
		List<TagCount> tags = this.lists.tags();
		for (TagCount tag : tags) {
			url(xml, "/tags/" + tag.slug(), null);
		}
		for (PostStamp post : this.posts.stamps()) {
			url(xml, "/posts/" + post.slug(), post.lastModified());
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.body(out.toString());
	}

	@GetMapping("/robots.txt")
	ResponseEntity<String> robots() {
		String body = """
				User-agent: *
				Disallow: /admin/
				Disallow: /editor/
				Disallow: /api/
				Disallow: /search

				Sitemap: %s
				""".formatted(this.urls.of("/sitemap.xml"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/plain;charset=UTF-8"))
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.body(body);
	}

	private void url(XMLStreamWriter xml, String path, @Nullable Instant lastModified) throws XMLStreamException {
		xml.writeStartElement("url");
		xml.writeStartElement("loc");
		xml.writeCharacters(this.urls.of(path));
		xml.writeEndElement();
		if (lastModified != null) {
			xml.writeStartElement("lastmod");
			xml.writeCharacters(lastModified.truncatedTo(ChronoUnit.SECONDS).toString());
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

}
