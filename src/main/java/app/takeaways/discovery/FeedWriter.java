package app.takeaways.discovery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import app.takeaways.common.SiteUrls;
import app.takeaways.common.TakeawaysProperties;
import app.takeaways.post.PostView;
import app.takeaways.post.TagView;
import app.takeaways.takeaway.TakeawayView;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEnclosureImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes posts as Atom 1.0 or RSS 2.0 with Rome. Each entry carries the whole post: lead,
 * the takeaways as an ordered list and the body, as HTML made of escaped text and the
 * sanitized body; every link is absolute.
 */
@Component
class FeedWriter {

	static final String ATOM = "atom_1.0";

	static final String RSS = "rss_2.0";

	private static final Namespace DC_NS = Namespace.getNamespace("dc", "http://purl.org/dc/elements/1.1/");

	private static final Namespace ATOM_NS = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");

	private final SiteUrls urls;

	private final MessageSource messages;

	private final String siteName;

	FeedWriter(SiteUrls urls, MessageSource messages, TakeawaysProperties properties) {
		this.urls = urls;
		this.messages = messages;
		this.siteName = properties.siteName();
	}

	/**
	 * A feed of posts.
	 * @param type {@link #ATOM} or {@link #RSS}
	 * @param title the feed's title
	 * @param selfPath where the feed lives
	 * @param pagePath the page it mirrors
	 * @param updated when it last changed; now when empty
	 * @param posts newest first
	 */
	String posts(String type, String title, String selfPath, String pagePath, Instant updated, List<PostView> posts) {
		SyndFeed feed = feed(type, title, selfPath, pagePath, updated);
		feed.setEntries(new ArrayList<>(posts.stream().map((post) -> entry(type, post)).toList()));
		return write(feed);
	}

	SyndFeed feed(String type, String title, String selfPath, String pagePath, Instant updated) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(type);
		feed.setEncoding("UTF-8");
		feed.setTitle(title);
		feed.setDescription(message("site.tagline"));
		feed.setLanguage("en");
		feed.setUri(this.urls.of(selfPath));
		feed.setLink(this.urls.of(pagePath));
		feed.setPublishedDate(Date.from(updated));
		feed.setGenerator(this.siteName);
		if (ATOM.equals(type)) {
			feed.setLinks(List.of(link("alternate", "text/html", this.urls.of(pagePath)),
					link("self", "application/atom+xml", this.urls.of(selfPath))));
		}
		return feed;
	}

	private SyndEntry entry(String type, PostView post) {
		String url = this.urls.of("/posts/" + post.slug());
		SyndEntry entry = new SyndEntryImpl();
		entry.setTitle(post.title());
		entry.setLink(url);
		if (ATOM.equals(type)) {
			entry.setUri(url);
		}
		entry.setAuthor(post.author());
		entry.setPublishedDate(Date.from(post.publishedAt()));
		entry.setUpdatedDate(Date.from(post.updatedAt()));
		entry.setCategories(post.tags().stream().map(this::category).toList());
		if (post.leadImage() != null) {
			SyndEnclosure picture = new SyndEnclosureImpl();
			picture.setUrl(this.urls.of(post.leadImage().largest()));
			picture.setType(post.leadImage().contentType());
			picture.setLength(post.leadImage().byteSize());
			entry.setEnclosures(List.of(picture));
		}
		String html = html(post, url);
		if (ATOM.equals(type)) {
			entry.setDescription(content("text", post.description()));
			entry.setContents(List.of(content("html", html)));
		}
		else {
			entry.setDescription(content("text/html", html));
		}
		return entry;
	}

	/**
	 * The lead, the takeaways as a numbered list linking to their anchors, and the body.
	 */
	String html(PostView post, String url) {
		StringBuilder html = new StringBuilder();
		post.lead().forEach((paragraph) -> html.append("<p>").append(escape(paragraph)).append("</p>"));
		if (!post.takeaways().isEmpty()) {
			html.append("<h2>").append(escape(message("post.takeaways"))).append("</h2><ol>");
			for (TakeawayView takeaway : post.takeaways()) {
				html.append("<li><a href=\"")
					.append(escape(url + "#" + takeaway.anchor()))
					.append("\"><strong>")
					.append(escape(takeaway.heading()))
					.append(":</strong></a> ")
					.append(escape(takeaway.body()))
					.append("</li>");
			}
			html.append("</ol>");
		}
		return html.append(post.bodyHtml()).toString();
	}

	String write(SyndFeed feed) {
		try {
			if (!RSS.equals(feed.getFeedType())) {
				return new SyndFeedOutput().outputString(feed);
			}
			Document rss = new SyndFeedOutput().outputJDom(feed);
			tidyRss(rss.getRootElement(), feed.getUri());
			return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(rss);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Cannot write feed " + feed.getUri(), ex);
		}
	}

	/**
	 * Rome writes RSS dates and the language twice, as RSS elements and as Dublin Core
	 * ones, which feed validators warn about; the Dublin Core copies go. The channel says
	 * where it lives with {@code atom:link rel="self"}, as the RSS Advisory Board
	 * advises.
	 */
	private static void tidyRss(Element rss, String selfUrl) {
		Element channel = rss.getChild("channel");
		removeDuplicates(channel);
		for (Element item : channel.getChildren("item")) {
			removeDuplicates(item);
		}
		Element self = new Element("link", ATOM_NS);
		self.setAttribute("href", selfUrl);
		self.setAttribute("rel", "self");
		self.setAttribute("type", "application/rss+xml");
		rss.addNamespaceDeclaration(ATOM_NS);
		channel.addContent(0, self);
	}

	private static void removeDuplicates(Element element) {
		element.removeChildren("date", DC_NS);
		element.removeChildren("language", DC_NS);
	}

	String message(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	static SyndContent content(String type, String value) {
		SyndContent content = new SyndContentImpl();
		content.setType(type);
		content.setValue(value);
		return content;
	}

	static SyndLink link(String rel, String type, String href) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private SyndCategory category(TagView tag) {
		SyndCategory category = new SyndCategoryImpl();
		category.setName(tag.name());
		return category;
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
