package app.takeaways.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import app.takeaways.common.SiteUrls;
import app.takeaways.common.TakeawaysProperties;
import app.takeaways.takeaway.TakeawayView;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Structured data for search engines: the post as a schema.org {@code Article} whose
 * takeaways form an {@code ItemList} it is {@code about}, published by the site as an
 * {@code Organization}. Safe to put inside a script element.
 */
@Component
class PostJsonLd {

	private final JsonMapper json;

	private final SiteUrls urls;

	private final String siteName;

	PostJsonLd(JsonMapper json, SiteUrls urls, TakeawaysProperties properties) {
		this.json = json;
		this.urls = urls;
		this.siteName = properties.siteName();
	}

	String of(PostView post) {
		String url = this.urls.of("/posts/" + post.slug());
		Map<String, Object> article = new LinkedHashMap<>();
		article.put("@context", "https://schema.org");
		article.put("@type", "Article");
		article.put("headline", post.title());
		article.put("description", post.description());
		article.put("url", url);
		article.put("mainEntityOfPage", url);
		article.put("datePublished", post.publishedAt().toString());
		article.put("dateModified", post.updatedAt().toString());
		article.put("author", Map.of("@type", "Person", "name", post.author()));
		article.put("keywords", post.tags().stream().map(TagView::name).toList());
		article.put("publisher", Map.of("@type", "Organization", "name", this.siteName, "url", this.urls.of("/")));
		if (post.leadImage() != null) {
			article.put("image", Map.of("@type", "ImageObject", "url", this.urls.of(post.leadImage().largest()),
					"width", post.leadImage().width(), "height", post.leadImage().height()));
		}
		if (!post.takeaways().isEmpty()) {
			// an ItemList is a Thing, not a CreativeWork: the article is about it
			// (hasPart
			// would need a CreativeWork)
			article.put("about", itemList(post.takeaways(), url));
		}
		return this.json.writeValueAsString(article).replace("<", "\\u003c").replace(">", "\\u003e");
	}

	private Map<String, Object> itemList(List<TakeawayView> takeaways, String url) {
		Map<String, Object> list = new LinkedHashMap<>();
		list.put("@type", "ItemList");
		list.put("@id", url + "#takeaways");
		list.put("name", "Key takeaways");
		list.put("numberOfItems", takeaways.size());
		list.put("itemListOrder", "https://schema.org/ItemListOrderAscending");
		list.put("itemListElement", takeaways.stream().map((t) -> item(t, url)).toList());
		return list;
	}

	private Map<String, Object> item(TakeawayView takeaway, String url) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("@type", "ListItem");
		item.put("position", takeaway.position());
		item.put("name", takeaway.heading());
		item.put("description", takeaway.body());
		item.put("url", url + "#" + takeaway.anchor());
		return item;
	}

}
