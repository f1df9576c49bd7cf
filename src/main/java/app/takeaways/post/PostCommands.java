package app.takeaways.post;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import app.takeaways.account.Account;
import app.takeaways.takeaway.Anchors;
import app.takeaways.takeaway.Takeaway;
import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds and replaces posts from a {@link PostContent}: the write path for importers and
 * demo content.
 */
@Service
public class PostCommands {

	private static final Pattern ANCHOR = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final PostRepository posts;

	private final TagRepository tags;

	private final SlugHistory slugs;

	private final EntityManager entities;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PostCommands(PostRepository posts, TagRepository tags, SlugHistory slugs, EntityManager entities, Clock clock,
			ApplicationEventPublisher events) {
		this.posts = posts;
		this.tags = tags;
		this.slugs = slugs;
		this.entities = entities;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public boolean slugTaken(String slug) {
		return this.posts.existsBySlug(slug);
	}

	/**
	 * A new post at {@code slug} by the account {@code authorId}.
	 * @return the new post's id
	 */
	@Transactional
	public long create(String slug, long authorId, PostContent content) {
		Account author = this.entities.getReference(Account.class, authorId);
		Clock created = (content.createdAt() != null) ? Clock.fixed(content.createdAt(), this.clock.getZone())
				: this.clock;
		Post post = new Post(slug, content.title(), content.lead(), content.body(), author, created);
		apply(post, content);
		this.slugs.claim(slug);
		this.posts.saveAndFlush(post);
		this.events.publishEvent(new PostChanged(post.getId(), Set.of(slug), post.isPublishedOrScheduled()));
		return post.getId();
	}

	/**
	 * Replaces what the post says, keeping its address and author.
	 */
	@Transactional
	public void replace(long id, PostContent content) {
		Post post = this.posts.findWithTakeawaysById(id).orElseThrow(() -> new PostNotFoundException("#" + id));
		boolean wasPublic = post.isPublishedOrScheduled();
		post.revise(content.title(), content.lead(), content.body(), this.clock);
		post.replaceTakeaways(List.of());
		this.posts.flush();
		apply(post, content);
		this.posts.flush();
		this.events
			.publishEvent(new PostChanged(id, Set.of(post.getSlug()), wasPublic || post.isPublishedOrScheduled()));
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

	private void apply(Post post, PostContent content) {
		post.replaceTakeaways(takeaways(content.takeaways()));
		post.tagWith(tags(content.tags()));
		post.showLeadImage(content.leadImage());
		if (content.commentsClosed()) {
			post.closeComments();
		}
		else {
			post.openComments();
		}
		if (content.status() == PostStatus.DRAFT || content.publishedAt() == null) {
			if (post.isPublishedOrScheduled()) {
				post.unpublish(this.clock);
			}
		}
		else {
			post.publishAt(content.publishedAt(), this.clock);
		}
	}

	/**
	 * Takeaways with anchors: items that carry a valid anchor keep it; the others (and
	 * repeats) get one made from their heading that no other item uses.
	 */
	public static List<Takeaway> takeaways(List<PostContent.Item> items) {
		Set<String> taken = new HashSet<>();
		List<String> anchors = new ArrayList<>();
		for (PostContent.Item item : items) {
			String anchor = (item.anchor() != null) ? item.anchor().strip() : "";
			boolean keep = anchor.length() <= 80 && ANCHOR.matcher(anchor).matches() && taken.add(anchor);
			anchors.add(keep ? anchor : null);
		}
		List<Takeaway> result = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			PostContent.Item item = items.get(i);
			String anchor = anchors.get(i);
			if (anchor == null) {
				anchor = Anchors.unique(item.heading(), "takeaway", taken);
				taken.add(anchor);
			}
			result.add(new Takeaway(anchor, item.heading().strip(), item.body().strip()));
		}
		return result;
	}

	/**
	 * Tags found by slug, or created: the one place tags come into being.
	 */
	public Set<Tag> tags(List<PostContent.TagName> names) {
		if (names.isEmpty()) {
			return new LinkedHashSet<>();
		}
		Map<String, Tag> found = new HashMap<>();
		this.tags.findBySlugIn(names.stream().map(PostContent.TagName::slug).toList())
			.forEach((tag) -> found.put(tag.getSlug(), tag));
		Set<Tag> result = new LinkedHashSet<>();
		for (PostContent.TagName name : names) {
			result.add(found.computeIfAbsent(name.slug(), (slug) -> this.tags.save(new Tag(slug, name.name()))));
		}
		return result;
	}

}
