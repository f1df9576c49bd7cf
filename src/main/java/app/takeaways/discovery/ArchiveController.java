package app.takeaways.discovery;

import java.time.DateTimeException;
import java.time.YearMonth;

import app.takeaways.common.CachedPage;
import app.takeaways.common.CachedPage.Shows;
import app.takeaways.common.SiteUrls;
import app.takeaways.post.PageNotFoundException;
import app.takeaways.post.PostLists;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The archive: months with their post counts, and the posts of one month.
 */
@Controller
class ArchiveController {

	private final PostLists lists;

	private final SiteUrls urls;

	ArchiveController(PostLists lists, SiteUrls urls) {
		this.lists = lists;
		this.urls = urls;
	}

	@CachedPage(Shows.LIST)
	@GetMapping("/archive")
	String months(Model model) {
		model.addAttribute("months", this.lists.months());
		model.addAttribute("section", "archive");
		model.addAttribute("canonical", this.urls.of("/archive"));
		return "discovery/archive";
	}

	@CachedPage(Shows.LIST)
	@GetMapping("/archive/{year:\\d{4}}/{month:\\d{2}}")
	String month(@PathVariable int year, @PathVariable int month, @RequestParam(defaultValue = "1") int page,
			Model model) {
		YearMonth yearMonth = yearMonth(year, month);
		String path = "/archive/%04d/%02d".formatted(year, month);
		model.addAttribute("month", yearMonth);
		model.addAttribute("posts", this.lists.inMonth(yearMonth, page));
		model.addAttribute("base", path);
		model.addAttribute("section", "archive");
		model.addAttribute("canonical", this.urls.of((page == 1) ? path : path + "?page=" + page));
		return "discovery/month";
	}

	private static YearMonth yearMonth(int year, int month) {
		try {
			return YearMonth.of(year, month);
		}
		catch (DateTimeException ex) {
			throw new PageNotFoundException(1);
		}
	}

}
