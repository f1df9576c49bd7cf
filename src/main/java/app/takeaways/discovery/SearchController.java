package app.takeaways.discovery;

import app.takeaways.common.CachedPage;
import app.takeaways.common.CachedPage.Shows;
import app.takeaways.common.SiteUrls;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: a plain GET form and its results.
 */
@Controller
class SearchController {

	private final SearchService search;

	private final SiteUrls urls;

	SearchController(SearchService search, SiteUrls urls) {
		this.search = search;
		this.urls = urls;
	}

	@CachedPage(value = Shows.LIST, params = "q")
	@GetMapping("/search")
	String search(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "1") int page,
			Model model) {
		model.addAttribute("search", this.search.search(q, page));
		model.addAttribute("section", "search");
		model.addAttribute("canonical", this.urls.of("/search"));
		model.addAttribute("maxQueryLength", SearchQuery.MAX_LENGTH);
		return "discovery/search";
	}

}
