package app.takeaways.post;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds, replaces and deletes posts from a {@link PostContent}: the one write path of
 * posts, for the editor, restored revisions, importers and demo content. Every change is
 * announced as a {@link PostChanged}.
 */
@Service
public class PostCommands {

	private final PostRepository posts;

	private final StoredPosts stored;

	private final TagLookup tags;

	private final SlugHistory slugs;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PostCommands(PostRepository posts, StoredPosts stored, TagLookup tags, SlugHistory slugs, Clock clock,
			ApplicationEventPublisher events) {
		this.posts = posts;
		this.stored = stored;
		this.tags = tags;
		this.slugs = slugs;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public boolean slugTaken(String slug) {
		return this.posts.existsBySlug(slug);
	}

	/**
	 * Whether a post other than {@code id} has this slug.
	 */
	@Transactional(readOnly = true)
	public boolean slugTakenByAnother(String slug, long id) {
		return this.posts.existsBySlugAndIdNot(slug, id);
	}

	/**
	 * A new post at {@code slug} by the account {@code authorId}.
	 * @return the new post's id
	 */
	@Transactional
	public long create(String slug, long authorId, PostContent content) {
		return createAll(authorId, List.of(new NewPost(slug, content))).get(0);
	}

	/**
	 * New posts by one author, stored together: their tags are found or created at once.
	 * @return the new posts' ids, in order
	 */
	@Transactional
	public List<Long> createAll(long authorId, List<NewPost> newPosts) {
		Map<String, Tag> tags = this.tags
			.findOrCreate(newPosts.stream().flatMap((post) -> post.content().tags().stream()).toList());
		this.slugs.claimAll(newPosts.stream().map(NewPost::slug).toList());
		List<Post> created = new ArrayList<>();
		for (NewPost newPost : newPosts) {
			PostContent content = newPost.content();
			Post post = new Post(newPost.slug(), content.title(), content.lead(), content.body(), authorId,
					asOf(content.createdAt()));
			post.replaceTakeaways(PostContent.anchored(content.takeaways()));
			post.tagWith(tagged(content, tags));
			apply(post, content);
			if (content.updatedAt() != null) {
				post.touch(asOf(content.updatedAt()));
			}
			created.add(this.posts.save(post));
		}
		this.posts.flush();
		for (Post post : created) {
			this.events
				.publishEvent(new PostChanged(post.getId(), Set.of(post.getSlug()), post.isPublishedOrScheduled()));
		}
		return created.stream().map(Post::getId).toList();
	}

	/**
	 * Replaces what the post says, keeping its address and author.
	 */
	@Transactional
	public void replace(long id, PostContent content) {
		write(id, null, content);
	}

	/**
	 * Replaces what the post says and moves it to {@code slug}: a public post's old
	 * address keeps answering with a redirect (see {@link SlugHistory}).
	 */
	@Transactional
	public void replace(long id, String slug, PostContent content) {
		write(id, slug, content);
	}

	/**
	 * Deletes the post; its address answers 410 Gone from now on.
	 * @return whether there was such a post
	 */
	@Transactional
	public boolean delete(long id) {
		return this.stored.entity(id).map((post) -> {
			this.slugs.gone(post.getSlug());
			this.posts.delete(post);
			this.events.publishEvent(new PostChanged(id, Set.of(post.getSlug()), post.isPublishedOrScheduled()));
			return true;
		}).orElse(false);
	}

	/**
	 * Opens or closes a post for new comments (comments already there stay).
	 * @return the post's slug, or empty when there is no such post
	 */
	@Transactional
	public Optional<String> setCommentsOpen(long id, boolean open) {
		return this.posts.findById(id).map((post) -> {
			if (open) {
				post.openComments();
			}
			else {
				post.closeComments();
			}
			this.events.publishEvent(new PostChanged(id, Set.of(post.getSlug()), false));
			return post.getSlug();
		});
	}

	/**
	 * The takeaway list is cleared and flushed before the new rows go in, so that the
	 * unique (post, position) and (post, anchor) constraints never see old and new rows
	 * at once. Takeaways and tags that stay as they were are left alone (an editor who
	 * changes the lead rewrites no takeaway or tag row).
	 */
	private void write(long id, @Nullable String slug, PostContent content) {
		Post post = this.stored.entity(id).orElseThrow(() -> new PostNotFoundException("#" + id));
		String oldSlug = post.getSlug();
		boolean wasPublic = post.isPublishedOrScheduled();
		if (slug != null && !slug.equals(oldSlug)) {
			this.slugs.claim(slug);
			if (wasPublic) {
				this.slugs.moved(oldSlug, id);
			}
			post.changeSlug(slug);
		}
		post.revise(content.title(), content.lead(), content.body(), this.clock);
		List<PostContent.Item> takeaways = PostContent.anchored(content.takeaways());
		if (!post.saysTheseTakeaways(takeaways)) {
			post.replaceTakeaways(List.of());
			this.posts.flush();
			post.replaceTakeaways(takeaways);
		}
		List<String> tagSlugs = content.tags().stream().map(PostContent.TagName::slug).toList();
		if (!post.isTaggedExactly(tagSlugs)) {
			post.tagWith(tagged(content, this.tags.findOrCreate(content.tags())));
		}
		apply(post, content);
		this.posts.flush();
		this.events.publishEvent(new PostChanged(id, Set.copyOf(List.of(oldSlug, post.getSlug())),
				wasPublic || post.isPublishedOrScheduled()));
	}

	private static Set<Tag> tagged(PostContent content, Map<String, Tag> tags) {
		Set<Tag> tagged = new LinkedHashSet<>();
		content.tags().forEach((name) -> tagged.add(tags.get(name.slug())));
		return tagged;
	}

	private void apply(Post post, PostContent content) {
		post.showLeadImage(content.leadImage());
		if (content.commentsClosed()) {
			post.closeComments();
		}
		else {
			post.openComments();
		}
		if (content.status() == PostStatus.DRAFT) {
			if (post.isPublishedOrScheduled()) {
				post.unpublish(this.clock);
			}
		}
		else if (content.publishedAt() == null) {
			post.publish(this.clock);
		}
		else {
			post.publishAt(content.publishedAt(), this.clock);
		}
	}

	private Clock asOf(@Nullable Instant instant) {
		return (instant != null) ? Clock.fixed(instant, this.clock.getZone()) : this.clock;
	}

	/**
	 * A post to create.
	 *
	 * @param slug its address
	 * @param content what it says
	 */
	public record NewPost(String slug, PostContent content) {
	}

}
