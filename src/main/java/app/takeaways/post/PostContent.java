package app.takeaways.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import app.takeaways.takeaway.Anchors;
import org.jspecify.annotations.Nullable;

/**
 * Everything a post says, apart from its address and author: the one value from which
 * {@link PostCommands} builds or replaces a post, and what {@link StoredPosts} returns.
 *
 * @param title the title
 * @param lead the lead paragraphs
 * @param body the Markdown body
 * @param takeaways the takeaways in order; an anchor that is missing, malformed or
 * repeated is made from the heading (see {@link #anchored(List)})
 * @param tags the tags, found by slug or created
 * @param status draft, scheduled or published
 * @param publishedAt when a scheduled or published post comes out; none for a post that
 * is not a draft means now, or when it came out if it is out already
 * @param commentsClosed whether an editor closed the discussion
 * @param createdAt when a new post was first written, if not now (an imported post)
 * @param leadImage the hash of the media library picture shown above the lead, if any
 * @param updatedAt when a new post last changed, if not now (demo content written as of
 * its publication); replacing a post always changes it now
 */
public record PostContent(String title, String lead, String body, List<Item> takeaways, List<TagName> tags,
		PostStatus status, @Nullable Instant publishedAt, boolean commentsClosed, @Nullable Instant createdAt,
		@Nullable String leadImage, @Nullable Instant updatedAt) {

	private static final Pattern ANCHOR = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/**
	 * Content whose post changes now when it is stored.
	 */
	public PostContent(String title, String lead, String body, List<Item> takeaways, List<TagName> tags,
			PostStatus status, @Nullable Instant publishedAt, boolean commentsClosed, @Nullable Instant createdAt,
			@Nullable String leadImage) {
		this(title, lead, body, takeaways, tags, status, publishedAt, commentsClosed, createdAt, leadImage, null);
	}

	/**
	 * Whether a post with this content is visible to readers at {@code now}.
	 */
	public boolean isVisibleAt(Instant now) {
		return this.status.isVisible(this.publishedAt, now);
	}

	/**
	 * The takeaways as they are stored, trimmed and with anchors: items that carry a
	 * valid anchor keep it; the others (and repeats) get one made from their heading that
	 * no other item uses.
	 */
	public static List<Item> anchored(List<Item> items) {
		Set<String> taken = new HashSet<>();
		List<String> anchors = new ArrayList<>();
		for (Item item : items) {
			String anchor = (item.anchor() != null) ? item.anchor().strip() : "";
			boolean keep = anchor.length() <= 80 && ANCHOR.matcher(anchor).matches() && taken.add(anchor);
			anchors.add(keep ? anchor : null);
		}
		List<Item> result = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			String anchor = anchors.get(i);
			if (anchor == null) {
				anchor = Anchors.unique(item.heading(), "takeaway", taken);
				taken.add(anchor);
			}
			result.add(new Item(anchor, item.heading().strip(), item.body().strip()));
		}
		return result;
	}

	/**
	 * One takeaway.
	 *
	 * @param anchor the anchor to keep, if any
	 * @param heading the heading
	 * @param body the body
	 */
	public record Item(@Nullable String anchor, String heading, String body) {
	}

	/**
	 * A tag by its address and name.
	 *
	 * @param slug the address ({@code /tags/slug})
	 * @param name the name shown
	 */
	public record TagName(String slug, String name) {

		/**
		 * A tag by its name, at the address made from it.
		 */
		public static TagName named(String name) {
			return new TagName(Anchors.slugify(name), name);
		}

	}

}
