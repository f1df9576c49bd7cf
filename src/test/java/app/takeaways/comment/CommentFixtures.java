package app.takeaways.comment;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.post.Post;
import app.takeaways.post.PostChanged;
import app.takeaways.post.PostRepository;
import app.takeaways.post.Posts;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts and comments for comment tests, each with a fresh slug so tests never share
 * state.
 */
@Component
public class CommentFixtures {

	private final PostRepository posts;

	private final AccountRepository accounts;

	private final CommentRepository comments;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CommentFixtures(PostRepository posts, AccountRepository accounts, CommentRepository comments, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.posts = posts;
		this.accounts = accounts;
		this.comments = comments;
		this.clock = clock;
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Transactional
	public Post openPost() {
		return saved(Posts.published(unique("open"), author(), this.clock, "One", "Two"));
	}

	@Transactional
	public Post closedPost() {
		Post post = Posts.published(unique("closed"), author(), this.clock, "One");
		post.closeComments();
		return saved(post);
	}

	/**
	 * Saves a new post and announces it, as the editor does.
	 */
	private Post saved(Post post) {
		Post saved = this.posts.save(post);
		this.events.publishEvent(new PostChanged(saved.getId(), Set.of(saved.getSlug()), true));
		return saved;
	}

	/**
	 * Replaces a post's takeaways with one new heading and announces the change, as the
	 * editor does.
	 */
	@Transactional
	public void reviseTakeaways(long postId, String heading) {
		Post editing = this.posts.findById(postId).orElseThrow();
		editing.replaceTakeaways(List.of());
		this.posts.flush();
		editing.replaceTakeaways(Posts.takeaways(heading));
		this.events.publishEvent(new PostChanged(postId, Set.of(editing.getSlug()), true));
	}

	@Transactional
	public Post draftPost() {
		return this.posts.save(Posts.draft(unique("draft"), author(), this.clock));
	}

	@Transactional
	public void close(long postId) {
		Post post = this.posts.findById(postId).orElseThrow();
		post.closeComments();
		// as the moderation screen does: the post's cached page shows the change
		this.events.publishEvent(new PostChanged(postId, Set.of(post.getSlug()), false));
	}

	@Transactional
	public Comment approvedComment(Post post, String email) {
		return approvedComment(post.getId(), "Regular", email, null, "Earlier comment");
	}

	/**
	 * A public comment with the given author and text, stored as typed (no checks run).
	 */
	@Transactional
	public Comment approvedComment(long postId, String name, String email, @Nullable String website, String text) {
		Comment comment = new Comment(postId, null, name, email, website, text, this.clock);
		comment.approve(this.clock);
		return this.comments.save(comment);
	}

	/**
	 * A comment as a reader left it and a check held it.
	 */
	@Transactional
	public Comment pendingComment(Post post, String email, String text) {
		Comment comment = new Comment(post.getId(), null, "Pending Reader", email, null, text, this.clock);
		comment.holdBecause("first-time-author");
		return this.comments.save(comment);
	}

	public long countByEmail(String email) {
		return this.comments.findAll().stream().filter((c) -> c.getAuthorEmail().equals(email)).count();
	}

	/**
	 * The one comment with this author and text, whatever post it is on.
	 */
	public Comment onlyByEmail(String email, String text) {
		return this.comments.findAll()
			.stream()
			.filter((c) -> c.getAuthorEmail().equals(email) && c.getBody().equals(text))
			.reduce((a, b) -> {
				throw new IllegalStateException("More than one comment by " + email + ": " + text);
			})
			.orElseThrow();
	}

	public Comment onlyByEmail(String email) {
		return this.comments.findAll()
			.stream()
			.filter((c) -> c.getAuthorEmail().equals(email))
			.findFirst()
			.orElseThrow();
	}

	@Transactional
	public Account account(String username, String displayName) {
		return this.accounts.findByUsername(username)
			.orElseGet(() -> this.accounts.save(new Account(username, displayName, "{noop}unused",
					app.takeaways.account.Role.EDITOR, this.clock.instant())));
	}

	private Account author() {
		return account(unique("author"), "Fixture Author");
	}

}
