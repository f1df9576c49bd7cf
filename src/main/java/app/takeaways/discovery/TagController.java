package app.takeaways.discovery;

import app.takeaways.common.CachedPage;
import app.takeaways.common.CachedPage.Shows;
import app.takeaways.common.SiteUrls;
import app.takeaways.post.PostLists;
import app.takeaways.post.TaggedPosts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * All tags with their post counts, and the posts of one tag.
 */
@Controller
class TagController {

	private final PostLists lists;

	private final SiteUrls urls;

	TagController(PostLists lists, SiteUrls urls) {
		this.lists = lists;
		this.urls = urls;
	}

	@CachedPage(Shows.LIST)
	@GetMapping("/tags")
	String tags(Model model) {
		model.addAttribute("tags", this.lists.tags());
		model.addAttribute("section", "tags");
		model.addAttribute("canonical", this.urls.of("/tags"));
		return "discovery/tags";
	}

	@CachedPage(Shows.LIST)
	@GetMapping("/tags/{tag}")
	String tag(@PathVariable String tag, @RequestParam(defaultValue = "1") int page, Model model) {
		TaggedPosts tagged = this.lists.tagged(tag, page);
		String path = "/tags/" + tagged.tag().slug();
		model.addAttribute("tag", tagged.tag());
		model.addAttribute("posts", tagged.posts());
		model.addAttribute("base", path);
		model.addAttribute("section", "tags");
		model.addAttribute("canonical", this.urls.of((page == 1) ? path : path + "?page=" + page));
		return "discovery/tag";
	}

}
