package app.takeaways.post;

import java.util.LinkedHashMap;
import java.util.Map;

import app.takeaways.common.SiteUrls;

import org.springframework.stereotype.Component;

/**
 * The one place that turns a {@link PostPage} into what the {@code post/show} template
 * reads: the post, its discussion, its structured data and its canonical address. Used by
 * the post's page, the editor's preview and the comment form shown again.
 */
@Component
public class PostPageModel {

	private final PostJsonLd jsonLd;

	private final SiteUrls urls;

	PostPageModel(PostJsonLd jsonLd, SiteUrls urls) {
		this.jsonLd = jsonLd;
		this.urls = urls;
	}

	/**
	 * The model attributes of the page, to add to a {@code Model} or a
	 * {@code ModelAndView}.
	 */
	public Map<String, Object> of(PostPage page) {
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("post", page.post());
		model.put("discussion", page.discussion());
		model.put("jsonLd", this.jsonLd.of(page.post()));
		model.put("canonical", this.urls.of("/posts/" + page.post().slug()));
		return model;
	}

}
