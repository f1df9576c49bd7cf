package app.takeaways.post;

import java.time.Instant;
import java.util.List;

import app.takeaways.common.CachedPage;
import app.takeaways.common.CachedPage.Shows;
import app.takeaways.takeaway.TakeawayView;

import org.springframework.data.domain.Slice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only JSON for published posts and their takeaways.
 */
@RestController
@RequestMapping("/api/posts")
class PostApiController {

	private final PostService posts;

	PostApiController(PostService posts) {
		this.posts = posts;
	}

	@CachedPage(Shows.LIST)
	@GetMapping
	PostList list(@RequestParam(defaultValue = "1") int page) {
		Slice<PostSummary> result = this.posts.latest(page);
		return new PostList(result.getContent(), page, result.hasNext());
	}

	@CachedPage(Shows.POST)
	@GetMapping("/{slug}")
	PostDetail show(@PathVariable String slug) {
		PostPage page = this.posts.show(slug);
		PostView post = page.post();
		return new PostDetail(post.slug(), post.title(), post.lead(), post.bodyHtml(), post.author(),
				post.publishedAt(), post.updatedAt(), post.tags(), post.takeaways(), page.discussion().count(),
				page.discussion().open());
	}

	@CachedPage(Shows.POST)
	@GetMapping("/{slug}/takeaways")
	List<TakeawayView> takeaways(@PathVariable String slug) {
		return this.posts.view(slug).takeaways();
	}

	record PostList(List<PostSummary> posts, int page, boolean hasNext) {
	}

	record PostDetail(String slug, String title, List<String> lead, String bodyHtml, String author, Instant publishedAt,
			Instant updatedAt, List<TagView> tags, List<TakeawayView> takeaways, int commentCount,
			boolean commentsOpen) {
	}

}
