package app.takeaways.post;

import app.takeaways.common.SiteUrls;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public pages: the home page with the newest posts, a post, and a post's takeaways
 * alone.
 */
@Controller
class PostController {

	private final PostService posts;

	private final PostJsonLd jsonLd;

	private final SiteUrls urls;

	PostController(PostService posts, PostJsonLd jsonLd, SiteUrls urls) {
		this.posts = posts;
		this.jsonLd = jsonLd;
		this.urls = urls;
	}

	@GetMapping("/")
	String home(@RequestParam(defaultValue = "1") int page, Model model, HttpServletRequest request) {
		model.addAttribute("posts", this.posts.latest(page));
		PostPageCacheFilter.cacheableList(request);
		model.addAttribute("canonical", this.urls.of((page == 1) ? "/" : "/?page=" + page));
		return "post/list";
	}

	@GetMapping("/posts/{slug}")
	String show(@PathVariable String slug, Model model, HttpServletRequest request) {
		PostPage page = this.posts.show(slug);
		PostPageCacheFilter.cacheablePost(request, page.post().id());
		model.addAttribute("post", page.post());
		model.addAttribute("discussion", page.discussion());
		model.addAttribute("jsonLd", this.jsonLd.of(page.post()));
		model.addAttribute("canonical", this.urls.of("/posts/" + slug));
		return "post/show";
	}

	@GetMapping("/posts/{slug}/takeaways")
	String takeaways(@PathVariable String slug, Model model, HttpServletRequest request) {
		PostView post = this.posts.takeawaysPage(slug);
		PostPageCacheFilter.cacheablePost(request, post.id());
		model.addAttribute("post", post);
		model.addAttribute("canonical", this.urls.of("/posts/" + slug + "/takeaways"));
		return "post/takeaways";
	}

}
