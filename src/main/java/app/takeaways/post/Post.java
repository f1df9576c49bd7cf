package app.takeaways.post;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import app.takeaways.takeaway.TakeawayView;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An article: title, lead, an ordered list of takeaways, a Markdown body and tags. It
 * owns its takeaways; they are saved, loaded and replaced with it.
 */
@Entity
public class Post {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 160)
	private String slug;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 4000)
	private String lead;

	@Column(nullable = false)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PostStatus status = PostStatus.DRAFT;

	/**
	 * The account that wrote the post, by id: accounts are another aggregate (queries
	 * that show the author's name join the account by entity name, see
	 * {@link PostRepository}).
	 */
	@Column(name = "author_id", nullable = false)
	private Long authorId;

	/**
	 * The author's names as the statement that loaded the post read them, if it did; not
	 * stored.
	 */
	@Transient
	private @Nullable PostAuthor author;

	@Column(name = "published_at")
	private @Nullable Instant publishedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "comments_closed", nullable = false)
	private boolean commentsClosed;

	@Column(name = "lead_image", length = 64)
	private @Nullable String leadImage;

	@Version
	private long version;

	@Column(name = "takeaway_count", nullable = false)
	private int takeawayCount;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "post_id", nullable = false, updatable = false)
	@OrderBy("position")
	private List<Takeaway> takeaways = new ArrayList<>();

	@ManyToMany
	@JoinTable(name = "post_tag", joinColumns = @JoinColumn(name = "post_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"))
	private Set<Tag> tags = new HashSet<>();

	protected Post() {
	}

	public Post(String slug, String title, String lead, String body, long authorId, Clock clock) {
		this.slug = slug;
		this.title = title;
		this.lead = lead;
		this.body = body;
		this.authorId = authorId;
		this.createdAt = clock.instant();
		this.updatedAt = this.createdAt;
	}

	/**
	 * Makes the post public now, or keeps the original date if it is out already.
	 */
	public void publish(Clock clock) {
		if (!isVisibleAt(clock.instant())) {
			publishAt(clock.instant(), clock);
		}
	}

	/**
	 * Publishes the post as of the given time: in the past or now it is visible at once,
	 * in the future it is scheduled and appears then.
	 */
	public void publishAt(Instant when, Clock clock) {
		this.publishedAt = when;
		this.status = when.isAfter(clock.instant()) ? PostStatus.SCHEDULED : PostStatus.PUBLISHED;
		touch(clock);
	}

	/**
	 * Back to a draft: no longer visible, no publication date.
	 */
	public void unpublish(Clock clock) {
		this.status = PostStatus.DRAFT;
		this.publishedAt = null;
		touch(clock);
	}

	/**
	 * New text for the post; takeaways, tags and slug change through their own methods.
	 */
	public void revise(String title, String lead, String body, Clock clock) {
		this.title = title;
		this.lead = lead;
		this.body = body;
		touch(clock);
	}

	/**
	 * The lead picture, by the hash of a media library picture; none when null.
	 */
	public void showLeadImage(@Nullable String hash) {
		this.leadImage = (hash == null || hash.isBlank()) ? null : hash;
	}

	public @Nullable String getLeadImage() {
		return this.leadImage;
	}

	/**
	 * A new address. Whoever changes the slug of a public post keeps the old one
	 * answering (see {@link SlugHistory}).
	 */
	public void changeSlug(String slug) {
		this.slug = slug;
	}

	/**
	 * Whether the post is public now or scheduled, so that its address may be known.
	 */
	public boolean isPublishedOrScheduled() {
		return this.status != PostStatus.DRAFT;
	}

	public void closeComments() {
		this.commentsClosed = true;
	}

	public void openComments() {
		this.commentsClosed = false;
	}

	/**
	 * Replaces the whole list with new takeaways saying these items, which carry their
	 * anchors (see {@link PostContent#anchored(List)}); positions follow the order given.
	 */
	public void replaceTakeaways(List<PostContent.Item> items) {
		this.takeaways.clear();
		for (PostContent.Item item : items) {
			String anchor = Objects.requireNonNull(item.anchor(), () -> "No anchor for " + item.heading());
			Takeaway takeaway = new Takeaway(anchor, item.heading(), item.body());
			takeaway.placeAt(this.takeaways.size());
			this.takeaways.add(takeaway);
		}
		this.takeawayCount = this.takeaways.size();
	}

	/**
	 * Whether the takeaways are these, in this order, with these anchors, headings and
	 * bodies.
	 */
	boolean saysTheseTakeaways(List<PostContent.Item> items) {
		if (items.size() != this.takeaways.size()) {
			return false;
		}
		for (int i = 0; i < items.size(); i++) {
			PostContent.Item item = items.get(i);
			Takeaway takeaway = this.takeaways.get(i);
			if (!takeaway.getAnchor().equals(item.anchor()) || !takeaway.getHeading().equals(item.heading())
					|| !takeaway.getBody().equals(item.body())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the post has exactly the tags with these addresses.
	 */
	boolean isTaggedExactly(List<String> slugs) {
		return this.tags.size() == slugs.size()
				&& this.tags.stream().map(Tag::getSlug).collect(Collectors.toSet()).equals(Set.copyOf(slugs));
	}

	public void tagWith(Set<Tag> newTags) {
		this.tags.clear();
		this.tags.addAll(newTags);
	}

	void touch(Clock clock) {
		this.updatedAt = clock.instant();
	}

	/**
	 * Whether readers can see the post at the given moment.
	 */
	public boolean isVisibleAt(Instant now) {
		return this.status.isVisible(this.publishedAt, now);
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public String getLead() {
		return this.lead;
	}

	public String getBody() {
		return this.body;
	}

	public PostStatus getStatus() {
		return this.status;
	}

	public long getAuthorId() {
		return this.authorId;
	}

	/**
	 * The author's names, read with the post (see {@link AuthoredPost}).
	 * @throws IllegalStateException when the post was loaded without them
	 */
	PostAuthor getAuthor() {
		if (this.author == null) {
			throw new IllegalStateException("Post " + this.id + " was loaded without its author");
		}
		return this.author;
	}

	boolean knowsAuthor() {
		return this.author != null;
	}

	/**
	 * Remembers the author's names read with the post, for the rest of the transaction.
	 */
	void writtenBy(PostAuthor author) {
		this.author = author;
	}

	public @Nullable Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public boolean isCommentsClosed() {
		return this.commentsClosed;
	}

	public long getVersion() {
		return this.version;
	}

	/**
	 * The takeaways in their order, as pages show them.
	 */
	public List<TakeawayView> getTakeaways() {
		return this.takeaways.stream().map(Takeaway::toView).toList();
	}

	public Set<Tag> getTags() {
		return Set.copyOf(this.tags);
	}

}
