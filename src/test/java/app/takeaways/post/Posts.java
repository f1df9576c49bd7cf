package app.takeaways.post;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import app.takeaways.account.Account;
import app.takeaways.account.Role;
import app.takeaways.takeaway.Anchors;

/**
 * Test posts and authors.
 */
public final class Posts {

	private Posts() {
	}

	public static Account author(String username) {
		return new Account(username, "Author " + username, "{noop}unused", Role.EDITOR, Clock.systemUTC().instant());
	}

	/**
	 * A draft by {@code author}, which must be saved before the post is (an author not
	 * saved suits posts that stay in memory).
	 */
	public static Post draft(String slug, Account author, Clock clock, String... headings) {
		return draft(slug, idOf(author), clock, headings);
	}

	public static Post draft(String slug, long authorId, Clock clock, String... headings) {
		Post post = new Post(slug, "Title of " + slug, "Lead of " + slug, "Body of *" + slug + "*", authorId, clock);
		post.replaceTakeaways(takeaways(headings));
		return post;
	}

	/**
	 * What the comments feature reads of the post (id 0 when it is not saved).
	 */
	public static DiscussedPost discussed(Post post) {
		return new DiscussedPost((post.getId() != null) ? post.getId() : 0, post.getSlug(), post.getStatus(),
				post.getPublishedAt(), post.isCommentsClosed());
	}

	public static Post published(String slug, Account author, Clock clock, String... headings) {
		Post post = draft(slug, author, clock, headings);
		post.publishAt(clock.instant().minus(Duration.ofMinutes(1)), clock);
		return post;
	}

	/**
	 * The id of the account, 0 for one not saved.
	 */
	public static long idOf(Account author) {
		return (author.getId() != null) ? author.getId() : 0L;
	}

	public static List<PostContent.Item> takeaways(String... headings) {
		return Arrays.stream(headings)
			.map((heading) -> new PostContent.Item(Anchors.slugify(heading), heading, "About " + heading))
			.toList();
	}

}
