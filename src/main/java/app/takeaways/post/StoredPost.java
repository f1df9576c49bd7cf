package app.takeaways.post;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A post as stored, whatever its status: its address, author and version, and everything
 * it says. What the editor opens and what its revisions keep.
 *
 * @param id the id
 * @param slug the address
 * @param version the version a save must be based on
 * @param authorUsername the author's user name
 * @param authorName the author's name shown
 * @param content what the post says, with its stored status, the anchors of its
 * takeaways, its tags by name, and when it was created and last changed
 */
public record StoredPost(long id, String slug, long version, String authorUsername, String authorName,
		PostContent content) {

	/**
	 * Whether readers can see the post at {@code now}.
	 */
	public boolean isVisibleAt(Instant now) {
		return this.content.isVisibleAt(now);
	}

	static StoredPost of(Post post) {
		List<PostContent.Item> takeaways = post.getTakeaways()
			.stream()
			.map((takeaway) -> new PostContent.Item(takeaway.anchor(), takeaway.heading(), takeaway.body()))
			.toList();
		List<PostContent.TagName> tags = post.getTags()
			.stream()
			.sorted(Comparator.comparing(Tag::getName))
			.map((tag) -> new PostContent.TagName(tag.getSlug(), tag.getName()))
			.toList();
		PostContent content = new PostContent(post.getTitle(), post.getLead(), post.getBody(), takeaways, tags,
				post.getStatus(), post.getPublishedAt(), post.isCommentsClosed(), post.getCreatedAt(),
				post.getLeadImage(), post.getUpdatedAt());
		return new StoredPost(post.getId(), post.getSlug(), post.getVersion(), post.getAuthor().username(),
				post.getAuthor().displayName(), content);
	}

}
