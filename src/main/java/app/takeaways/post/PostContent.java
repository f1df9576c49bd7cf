package app.takeaways.post;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything a post says, apart from its address and author: the one value from which
 * {@link PostCommands} builds or replaces a post.
 *
 * @param title the title
 * @param lead the lead paragraphs
 * @param body the Markdown body
 * @param takeaways the takeaways in order; an anchor that is missing, malformed or
 * repeated is made from the heading
 * @param tags the tags, found by slug or created
 * @param status draft, scheduled or published
 * @param publishedAt when a scheduled or published post comes out
 * @param commentsClosed whether an editor closed the discussion
 * @param createdAt when a new post was first written, if not now (an imported post)
 * @param leadImage the hash of the media library picture shown above the lead, if any
 */
public record PostContent(String title, String lead, String body, List<Item> takeaways, List<TagName> tags,
		PostStatus status, @Nullable Instant publishedAt, boolean commentsClosed, @Nullable Instant createdAt,
		@Nullable String leadImage) {

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
	}

}
