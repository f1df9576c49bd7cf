package app.takeaways.post;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import app.takeaways.common.TakeawaysProperties;
import app.takeaways.takeaway.Takeaway;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers see: lists of visible posts and single posts with their takeaways and
 * discussion.
 */
@Service
public class PostService {

	private final PostRepository posts;

	private final DiscussionSource discussions;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	private final int pageSize;

	private final PostSummaries summaries;

	PostService(PostRepository posts, DiscussionSource discussions, MarkdownRenderer markdown, Clock clock,
			TakeawaysProperties properties, PostSummaries summaries) {
		this.posts = posts;
		this.summaries = summaries;
		this.discussions = discussions;
		this.markdown = markdown;
		this.clock = clock;
		this.pageSize = properties.pageSize();
	}

	/**
	 * One page (1-based) of visible posts, newest first. A page past the last one is not
	 * found; the first page of an empty blog is empty.
	 */
	@Transactional(readOnly = true)
	public Slice<PostSummary> latest(int page) {
		if (page < 1) {
			throw new PageNotFoundException(page);
		}
		Slice<PostSummaryRow> rows = this.posts.findVisibleSummaries(this.clock.instant(),
				PageRequest.of(page - 1, this.pageSize));
		if (page > 1 && !rows.hasContent()) {
			throw new PageNotFoundException(page);
		}
		return this.summaries.of(rows);
	}

	/**
	 * A visible post with its discussion.
	 */
	@Transactional(readOnly = true)
	public PostPage show(String slug) {
		Post post = visible(slug);
		return new PostPage(toView(post), this.discussions.discussionOf(post, this.clock.instant()));
	}

	/**
	 * A visible post without its discussion: for the takeaways page and the API.
	 */
	@Transactional(readOnly = true)
	public PostView view(String slug) {
		return toView(visible(slug));
	}

	private Post visible(String slug) {
		return this.posts.findWithTakeawaysBySlug(slug)
			.filter((post) -> post.isVisibleAt(this.clock.instant()))
			.orElseThrow(() -> new PostNotFoundException(slug));
	}

	PostView toView(Post post) {
		return toView(post, this.posts.findTagsOf(List.of(post.getId())).stream().map(PostTagRow::toView).toList());
	}

	PostView toView(Post post, List<TagView> tags) {
		Instant published = (post.getPublishedAt() != null) ? post.getPublishedAt() : post.getUpdatedAt();
		return new PostView(post.getId(), post.getSlug(), post.getTitle(), Excerpts.paragraphs(post.getLead()),
				this.markdown.toHtml(post.getBody()), post.getAuthor().getDisplayName(), published, post.getUpdatedAt(),
				post.getTakeaways().stream().map(Takeaway::toView).toList(), tags, Excerpts.of(post.getLead(), 160));
	}

}
