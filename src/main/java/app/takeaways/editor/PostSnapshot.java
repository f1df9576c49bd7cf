package app.takeaways.editor;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import app.takeaways.post.PostContent;
import app.takeaways.post.StoredPost;
import org.jspecify.annotations.Nullable;

/**
 * The full content of a post at one save, as stored in a revision. Revisions stored
 * before posts had lead pictures read with {@code leadImage} null, which they had.
 */
record PostSnapshot(String title, String slug, String lead, String body, List<String> tags, String status,
		@Nullable Instant publishedAt, boolean commentsClosed, List<Item> takeaways, @Nullable String leadImage) {

	static PostSnapshot of(StoredPost post) {
		PostContent content = post.content();
		List<Item> items = content.takeaways()
			.stream()
			.map((item) -> new Item(item.anchor(), item.heading(), item.body()))
			.toList();
		List<String> tags = content.tags()
			.stream()
			.map(PostContent.TagName::name)
			.sorted(Comparator.naturalOrder())
			.toList();
		return new PostSnapshot(content.title(), post.slug(), content.lead(), content.body(), tags,
				content.status().name(), content.publishedAt(), content.commentsClosed(), items, content.leadImage());
	}

	/**
	 * This revision's content, with the address and publication the post has now: what
	 * restoring it puts back.
	 */
	PostContent restoredOver(PostContent current) {
		return new PostContent(this.title, this.lead, this.body,
				this.takeaways.stream()
					.map((item) -> new PostContent.Item(item.anchor(), item.heading(), item.body()))
					.toList(),
				this.tags.stream().map(PostContent.TagName::named).toList(), current.status(), current.publishedAt(),
				this.commentsClosed, null, this.leadImage);
	}

	record Item(String anchor, String heading, String body) {
	}

}
