package app.takeaways.post;

import app.takeaways.common.CachedPage;
import app.takeaways.common.CachedPage.Shows;
import app.takeaways.common.SiteUrls;

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
@ShowsPostPage
class PostController {

	private final PostService posts;

	private final PostPageModel pages;

	private final SiteUrls urls;

	PostController(PostService posts, PostPageModel pages, SiteUrls urls) {
		this.posts = posts;
		this.pages = pages;
		this.urls = urls;
	}

	@CachedPage(Shows.LIST)
	@GetMapping("/")
	String home(@RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("posts", this.posts.latest(page));
		model.addAttribute("canonical", this.urls.of((page == 1) ? "/" : "/?page=" + page));
		return "post/list";
	}

	@CachedPage(Shows.POST)
	@GetMapping("/posts/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAllAttributes(this.pages.of(this.posts.show(slug)));
		return "post/show";
	}

	@CachedPage(Shows.POST)
	@GetMapping("/posts/{slug}/takeaways")
	String takeaways(@PathVariable String slug, Model model) {
		PostView post = this.posts.takeawaysPage(slug);
		model.addAttribute("post", post);
		model.addAttribute("canonical", this.urls.of("/posts/" + slug + "/takeaways"));
		return "post/takeaways";
	}

}
