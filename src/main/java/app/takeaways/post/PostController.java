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
class PostController {

	private final PostService posts;

	private final PostJsonLd jsonLd;

	private final SiteUrls urls;

	PostController(PostService posts, PostJsonLd jsonLd, SiteUrls urls) {
		this.posts = posts;
		this.jsonLd = jsonLd;
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
		PostPage page = this.posts.show(slug);
		model.addAttribute("post", page.post());
		model.addAttribute("discussion", page.discussion());
		model.addAttribute("jsonLd", this.jsonLd.of(page.post()));
		model.addAttribute("canonical", this.urls.of("/posts/" + slug));
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
