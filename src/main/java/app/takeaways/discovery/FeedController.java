package app.takeaways.discovery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import app.takeaways.comment.ApprovedComments;
import app.takeaways.comment.ApprovedComments.PublicComment;
import app.takeaways.common.CachedPage;
import app.takeaways.common.CachedPage.Shows;
import app.takeaways.common.SiteUrls;
import app.takeaways.common.TakeawaysProperties;
import app.takeaways.post.ListFreshness;
import app.takeaways.post.PublishedPosts;
import app.takeaways.post.PostView;
import app.takeaways.post.TagNotFoundException;
import app.takeaways.post.TagView;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Atom and RSS feeds of the newest posts, an Atom feed per tag, and an Atom feed of each
 * post's approved comments. A conditional GET whose validators still match gets 304.
 */
@Controller
class FeedController {

	static final int POSTS = 20;

	static final int COMMENTS = 50;

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	private final PublishedPosts posts;

	private final ApprovedComments comments;

	private final FeedWriter writer;

	private final SiteUrls urls;

	private final Clock clock;

	private final String siteName;

	FeedController(PublishedPosts posts, ApprovedComments comments, FeedWriter writer, SiteUrls urls, Clock clock,
			TakeawaysProperties properties) {
		this.posts = posts;
		this.comments = comments;
		this.writer = writer;
		this.urls = urls;
		this.clock = clock;
		this.siteName = properties.siteName();
	}

	@CachedPage(Shows.LIST)
	@GetMapping("/feed.atom")
	ResponseEntity<String> atom(ServletWebRequest request) {
		return newest(request, FeedWriter.ATOM, "/feed.atom", ATOM);
	}

	@CachedPage(Shows.LIST)
	@GetMapping("/feed.rss")
	ResponseEntity<String> rss(ServletWebRequest request) {
		return newest(request, FeedWriter.RSS, "/feed.rss", RSS);
	}

	@CachedPage(Shows.LIST)
	@GetMapping("/tags/{tag}/feed.atom")
	ResponseEntity<String> tag(@PathVariable String tag, ServletWebRequest request) {
		TagView view = this.posts.tag(tag);
		List<PostView> newest = this.posts.newestTagged(tag, POSTS);
		if (newest.isEmpty()) {
			throw new TagNotFoundException(tag);
		}
		String self = "/tags/" + view.slug() + "/feed.atom";
		ListFreshness freshness = freshnessOf(newest);
		if (ConditionalGet.notModified(request, freshness.lastModified(), self, versionsOf(newest), this.urls.base())) {
			return null;
		}
		String title = this.writer.message("feed.tag.title", this.siteName, view.name());
		String body = this.writer.posts(FeedWriter.ATOM, title, self, "/tags/" + view.slug(),
				updated(freshness.lastModified()), newest);
		return ResponseEntity.ok().contentType(ATOM).body(body);
	}

	@CachedPage(Shows.POST)
	@GetMapping("/posts/{slug}/comments.atom")
	ResponseEntity<String> comments(@PathVariable String slug, ServletWebRequest request) {
		PublishedPosts.PostRef post = this.posts.ref(slug);
		ApprovedComments.Freshness freshness = this.comments.freshnessOf(post.id());
		String self = "/posts/" + post.slug() + "/comments.atom";
		if (ConditionalGet.notModified(request, freshness.lastApproved(), self, freshness.count(), post.title(),
				this.urls.base())) {
			return null;
		}
		String postUrl = this.urls.of("/posts/" + post.slug());
		SyndFeed feed = this.writer.feed(FeedWriter.ATOM, this.writer.message("feed.comments.title", post.title()),
				self, "/posts/" + post.slug() + "#comments",
				(freshness.lastApproved() != null) ? freshness.lastApproved() : post.publishedAt());
		List<SyndEntry> entries = new ArrayList<>();
		for (PublicComment comment : this.comments.newestOf(post.id(), COMMENTS)) {
			entries.add(commentEntry(comment, postUrl));
		}
		feed.setEntries(entries);
		return ResponseEntity.ok().contentType(ATOM).body(this.writer.write(feed));
	}

	private ResponseEntity<String> newest(ServletWebRequest request, String type, String self, MediaType mediaType) {
		List<PostView> newest = this.posts.newest(POSTS);
		ListFreshness freshness = freshnessOf(newest);
		if (ConditionalGet.notModified(request, freshness.lastModified(), self, versionsOf(newest), this.urls.base())) {
			return null;
		}
		String body = this.writer.posts(type, this.siteName, self, "/", updated(freshness.lastModified()), newest);
		return ResponseEntity.ok().contentType(mediaType).body(body);
	}

	/**
	 * Validators of a feed from the posts it shows, so answering costs the same few
	 * indexed queries however many posts the site has. The ETag changes whenever an entry
	 * joins, leaves or is edited; Last-Modified is the newest change or publication among
	 * the entries.
	 */
	private static ListFreshness freshnessOf(List<PostView> entries) {
		Instant updated = entries.stream().map(PostView::updatedAt).max(Comparator.naturalOrder()).orElse(null);
		Instant published = entries.stream().map(PostView::publishedAt).max(Comparator.naturalOrder()).orElse(null);
		return new ListFreshness(entries.size(), updated, published);
	}

	private static String versionsOf(List<PostView> entries) {
		return entries.stream().map((post) -> post.id() + "@" + post.updatedAt()).collect(Collectors.joining(","));
	}

	private SyndEntry commentEntry(PublicComment comment, String postUrl) {
		SyndEntry entry = new SyndEntryImpl();
		String url = postUrl + "#comment-" + comment.id();
		entry.setTitle(this.writer.message("feed.comments.entry", comment.author()));
		entry.setLink(url);
		entry.setUri(url);
		entry.setAuthor(comment.author());
		entry.setPublishedDate(Date.from(comment.createdAt()));
		entry.setUpdatedDate(Date.from(comment.createdAt()));
		entry.setContents(List.of(FeedWriter.content("text", comment.text())));
		return entry;
	}

	private Instant updated(Instant lastModified) {
		return (lastModified != null) ? lastModified : this.clock.instant();
	}

}
