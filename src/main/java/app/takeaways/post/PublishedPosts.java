package app.takeaways.post;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whole posts for feeds, the sitemap's addresses, and the validators HTTP caches need.
 * Each method runs a fixed number of statements, whatever the number of posts.
 */
@Service
public class PublishedPosts {

	private final PostRepository posts;

	private final PostsById byId;

	private final TagRepository tags;

	private final PostService service;

	private final Clock clock;

	PublishedPosts(PostRepository posts, PostsById byId, TagRepository tags, PostService service, Clock clock) {
		this.posts = posts;
		this.byId = byId;
		this.tags = tags;
		this.service = service;
		this.clock = clock;
	}

	/**
	 * The newest visible posts, whole, newest first.
	 */
	@Transactional(readOnly = true)
	public List<PostView> newest(int limit) {
		return whole(this.posts.findNewestVisibleIds(this.clock.instant(), PageRequest.of(0, limit)));
	}

	/**
	 * The newest visible posts of a tag, whole; an unknown tag is not found.
	 */
	@Transactional(readOnly = true)
	public List<PostView> newestTagged(String tag, int limit) {
		return whole(this.posts.findNewestVisibleIdsTagged(tag, this.clock.instant(), PageRequest.of(0, limit)));
	}

	/**
	 * A tag as pages show it; an unknown tag is not found.
	 */
	@Transactional(readOnly = true)
	public TagView tag(String slug) {
		return this.tags.findBySlug(slug).map(Tag::toView).orElseThrow(() -> new TagNotFoundException(slug));
	}

	@Transactional(readOnly = true)
	public ListFreshness freshness() {
		return this.posts.freshness(this.clock.instant());
	}

	/**
	 * Every visible post's address and last change, newest first.
	 */
	@Transactional(readOnly = true)
	public List<PostStamp> stamps() {
		return this.posts.findVisibleStamps(this.clock.instant());
	}

	/**
	 * The id and title of a visible post, for its comments feed; a post's old address is
	 * answered as moved, a deleted post's as gone.
	 */
	@Transactional(readOnly = true)
	public PostRef ref(String slug) {
		Post post = this.posts.findBySlug(slug)
			.filter((p) -> p.isVisibleAt(this.clock.instant()))
			.orElseThrow(() -> this.service.retiredOrMissing(slug));
		return new PostRef(post.getId(), post.getSlug(), post.getTitle(), post.getPublishedAt());
	}

	private List<PostView> whole(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<TagView>> tagsOf = this.byId.tags(ids);
		return AuthoredPost.distinct(this.posts.findAuthoredByIdIn(ids))
			.stream()
			.map(AuthoredPost::withAuthor)
			.sorted(Comparator.comparingInt((post) -> ids.indexOf(post.getId())))
			.map((post) -> this.service.toView(post, tagsOf.getOrDefault(post.getId(), List.of())))
			.toList();
	}

	/**
	 * A visible post named by its id, address and title, and when it appeared.
	 */
	public record PostRef(long id, String slug, String title, Instant publishedAt) {
	}

}
