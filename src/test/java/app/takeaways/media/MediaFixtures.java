package app.takeaways.media;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import app.takeaways.account.Account;
import app.takeaways.post.PostCommands;
import app.takeaways.post.PostContent;
import app.takeaways.post.PostStatus;
import app.takeaways.post.Posts;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published posts that show library pictures, each under an address of its own.
 */
@TestComponent
class MediaFixtures {

	private static final AtomicInteger sequence = new AtomicInteger();

	private final PostCommands posts;

	private final EntityManager entities;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MediaFixtures(PostCommands posts, EntityManager entities, TransactionTemplate transactions, Clock clock) {
		this.posts = posts;
		this.entities = entities;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** A new editor account; returns its username. */
	String editor() {
		String username = "media-editor-" + sequence.incrementAndGet() + "-" + System.identityHashCode(this);
		this.transactions.executeWithoutResult((status) -> this.entities.persist(Posts.author(username)));
		return username;
	}

	/** A published post with this body; returns its slug. */
	String publishedPost(String title, String body, @Nullable String leadImage) {
		int n = sequence.incrementAndGet();
		String slug = "pictures-" + n + "-" + System.identityHashCode(this);
		long authorId = this.transactions.execute((status) -> {
			Account author = Posts.author("media-author-" + n + "-" + System.identityHashCode(this));
			this.entities.persist(author);
			return author.getId();
		});
		this.posts.create(slug, authorId, new PostContent(title, "A lead about " + title, body, List.of(), List.of(),
				PostStatus.PUBLISHED, this.clock.instant().minus(Duration.ofMinutes(5)), false, null, leadImage));
		return slug;
	}

}
