package app.takeaways.post;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import app.takeaways.common.TakeawaysProperties;
import app.takeaways.takeaway.Anchors;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What readers see: lists of visible posts and single posts with their takeaways and
 * discussion.
 */
@Service
public class PostService {

	private final PostRepository posts;

	private final PostsById byId;

	private final DiscussionSource discussions;

	private final MarkdownRenderer markdown;

	private final RetiredSlugRepository retired;

	private final Clock clock;

	private final int pageSize;

	private final PostSummaries summaries;

	private final PictureSource pictures;

	PostService(PostRepository posts, PostsById byId, DiscussionSource discussions, MarkdownRenderer markdown,
			RetiredSlugRepository retired, Clock clock, TakeawaysProperties properties, PostSummaries summaries,
			PictureSource pictures) {
		this.pictures = pictures;
		this.posts = posts;
		this.byId = byId;
		this.retired = retired;
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
		Slice<PostSummaryRow> rows = this.posts.findVisibleSummaries(this.clock.instant(),
				PageNotFoundException.request(page, this.pageSize));
		if (page > 1 && !rows.hasContent()) {
			throw new PageNotFoundException(page);
		}
		return this.summaries.of(rows);
	}

	/**
	 * A visible post with its discussion. An address the post left redirects
	 * ({@link PostMovedException}); a deleted post's address is gone
	 * ({@link PostGoneException}).
	 */
	@Transactional(readOnly = true)
	public PostPage show(String slug) {
		return visiblePage(slug).orElseThrow(() -> retiredOrMissing(slug));
	}

	/**
	 * A visible post with its discussion, or nothing (without asking whether the address
	 * was left or deleted): for pages that show a post again, such as a comment form with
	 * errors.
	 */
	@Transactional(readOnly = true)
	public Optional<PostPage> visiblePage(String slug) {
		Instant now = this.clock.instant();
		return withAuthor(slug).filter((found) -> found.isVisibleAt(now))
			.map((post) -> new PostPage(toView(post), this.discussions.discussionOf(DiscussedPost.of(post), now)));
	}

	/**
	 * The discussion of a visible post without the rest of its page: for the comments
	 * API. Like {@link #show(String)}, an address the post left or a deleted post's
	 * address is answered as moved or gone.
	 */
	@Transactional(readOnly = true)
	public Discussion discussion(String slug) {
		Instant now = this.clock.instant();
		DiscussedPost post = this.posts.findDiscussedBySlug(slug)
			.filter((found) -> found.isVisibleAt(now))
			.orElseThrow(() -> retiredOrMissing(slug));
		return this.discussions.discussionOf(post, now);
	}

	/**
	 * A post as the comments feature needs it, whatever its status (whether it takes
	 * comments is for {@code CommentPolicy} to say), in one statement.
	 */
	@Transactional(readOnly = true)
	public Optional<DiscussedPost> discussed(String slug) {
		return this.posts.findDiscussedBySlug(slug);
	}

	/**
	 * Any post content as its public page shows it, whether or not it is saved or
	 * visible: for editors' previews only. A saved post shows its approved comments;
	 * whether comments are open follows the draft.
	 */
	@Transactional(readOnly = true)
	public PostPage preview(PostDraft draft) {
		Instant published = (draft.publishedAt() != null) ? draft.publishedAt() : draft.updatedAt();
		List<TagView> tags = draft.tagNames().stream().map((name) -> new TagView(Anchors.slugify(name), name)).toList();
		PostView view = new PostView(draft.id(), draft.slug(), draft.title(), Excerpts.paragraphs(draft.lead()),
				this.markdown.toHtml(draft.body()), draft.author(), published, draft.updatedAt(), draft.takeaways(),
				tags, Excerpts.of(draft.lead(), 160), leadImage(draft.leadImage()));
		Discussion saved = this.posts.findDiscussedById(draft.id())
			.map((post) -> this.discussions.discussionOf(post, this.clock.instant()))
			.orElseGet(Discussion::none);
		Discussion discussion = draft.commentsClosed()
				? new Discussion(saved.count(), saved.comments(), false, "comments.closed.by-editor", null, null)
				: new Discussion(saved.count(), saved.comments(), true, null, null, null);
		return new PostPage(view, discussion);
	}

	RuntimeException retiredOrMissing(String slug) {
		return this.retired.findById(slug).map((entry) -> {
			Long postId = entry.getPostId();
			if (postId == null) {
				return (RuntimeException) new PostGoneException(slug);
			}
			return this.posts.findById(postId)
				.filter((moved) -> moved.isVisibleAt(this.clock.instant()))
				.<RuntimeException>map((moved) -> new PostMovedException(moved.getSlug()))
				.orElseGet(() -> new PostNotFoundException(slug));
		}).orElseGet(() -> new PostNotFoundException(slug));
	}

	/**
	 * A visible post without its discussion, for its takeaways page: like
	 * {@link #show(String)}, an address the post left or a deleted post's address is
	 * answered as moved or gone.
	 */
	@Transactional(readOnly = true)
	public PostView takeawaysPage(String slug) {
		return toView(withAuthor(slug).filter((found) -> found.isVisibleAt(this.clock.instant()))
			.orElseThrow(() -> retiredOrMissing(slug)));
	}

	/**
	 * A visible post without its discussion: for the API. Like {@link #show(String)}, an
	 * address the post left or a deleted post's address is answered as moved or gone.
	 */
	@Transactional(readOnly = true)
	public PostView view(String slug) {
		return takeawaysPage(slug);
	}

	/**
	 * The current slug of a visible post, for addresses that lead to it (such as old
	 * WordPress permalinks).
	 */
	@Transactional(readOnly = true)
	public Optional<String> visibleSlug(long id) {
		return this.posts.findById(id).filter((post) -> post.isVisibleAt(this.clock.instant())).map(Post::getSlug);
	}

	/**
	 * The post at {@code slug} with its takeaways and its author's names, in one
	 * statement.
	 */
	private Optional<Post> withAuthor(String slug) {
		return this.posts.findAuthoredBySlug(slug).stream().findFirst().map(AuthoredPost::withAuthor);
	}

	PostView toView(Post post) {
		return toView(post, this.byId.tags(List.of(post.getId())).getOrDefault(post.getId(), List.of()));
	}

	PostView toView(Post post, List<TagView> tags) {
		Instant published = (post.getPublishedAt() != null) ? post.getPublishedAt() : post.getUpdatedAt();
		return new PostView(post.getId(), post.getSlug(), post.getTitle(), Excerpts.paragraphs(post.getLead()),
				this.markdown.toHtml(post.getBody()), post.getAuthor().displayName(), published, post.getUpdatedAt(),
				post.getTakeaways(), tags, Excerpts.of(post.getLead(), 160), leadImage(post.getLeadImage()));
	}

	private @Nullable Picture leadImage(@Nullable String hash) {
		return (hash != null) ? this.pictures.pictures(List.of(hash)).get(hash) : null;
	}

}
