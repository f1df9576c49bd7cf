package app.takeaways.post;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.takeaways.takeaway.TakeawayView;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every post, whatever its status, a page at a time in id order: what exports and backups
 * read.
 */
@Service
public class PostExport {

	private final PostRepository posts;

	private final PostsById byId;

	private final MarkdownRenderer markdown;

	private final Clock clock;

	PostExport(PostRepository posts, PostsById byId, MarkdownRenderer markdown, Clock clock) {
		this.posts = posts;
		this.byId = byId;
		this.markdown = markdown;
		this.clock = clock;
	}

	/**
	 * Up to {@code size} posts with ids above {@code afterId}, in id order.
	 */
	@Transactional(readOnly = true)
	public List<Exported> after(long afterId, int size) {
		List<Long> ids = this.posts.findIdsAfter(afterId, PageRequest.of(0, size));
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<TagView>> tags = this.byId.tags(ids);
		Instant now = this.clock.instant();
		return AuthoredPost.distinct(this.posts.findAuthoredByIdIn(ids))
			.stream()
			.map(AuthoredPost::withAuthor)
			.sorted(Comparator.comparing(Post::getId))
			.map((post) -> exported(post, tags.getOrDefault(post.getId(), List.of()), now))
			.toList();
	}

	/**
	 * The highest id a post has, 0 without posts: ids above it are free for other items
	 * of an export.
	 */
	@Transactional(readOnly = true)
	public long lastId() {
		return this.posts.findLastId().orElse(0L);
	}

	/**
	 * Every author of a post.
	 */
	@Transactional(readOnly = true)
	public List<Author> authors() {
		return this.posts.findAuthors();
	}

	private Exported exported(Post post, List<TagView> tags, Instant now) {
		PostStatus status = (post.getStatus() == PostStatus.DRAFT) ? PostStatus.DRAFT
				: post.isVisibleAt(now) ? PostStatus.PUBLISHED : PostStatus.SCHEDULED;
		return new Exported(post.getId(), post.getSlug(), post.getTitle(), post.getLead(), post.getBody(),
				this.markdown.toHtml(post.getBody()), status, post.getPublishedAt(), post.getCreatedAt(),
				post.getUpdatedAt(), post.isCommentsClosed(), post.getAuthor().username(),
				post.getAuthor().displayName(), post.getTakeaways(),
				tags.stream().sorted(Comparator.comparing(TagView::slug)).toList(), post.getLeadImage());
	}

	/**
	 * An author of posts.
	 *
	 * @param username the user name
	 * @param displayName the name shown
	 */
	public record Author(String username, String displayName) {
	}

	/**
	 * A post with everything it says.
	 *
	 * @param id the id
	 * @param slug the address
	 * @param title the title
	 * @param lead the lead, plain text
	 * @param body the body, Markdown
	 * @param bodyHtml the body as its page shows it
	 * @param status draft, scheduled (not out yet) or published
	 * @param publishedAt when it comes or came out; null for a draft
	 * @param createdAt when it was created
	 * @param updatedAt when it last changed
	 * @param commentsClosed whether an editor closed its discussion
	 * @param authorUsername the author's user name
	 * @param authorDisplayName the author's name shown
	 * @param takeaways the takeaways with their anchors
	 * @param tags the tags, by slug
	 * @param leadImage the hash of the library picture above the lead, if any (absent
	 * from archives made before posts had one)
	 */
	public record Exported(long id, String slug, String title, String lead, String body, String bodyHtml,
			PostStatus status, @Nullable Instant publishedAt, Instant createdAt, Instant updatedAt,
			boolean commentsClosed, String authorUsername, String authorDisplayName, List<TakeawayView> takeaways,
			List<TagView> tags, @Nullable String leadImage) {
	}

}
