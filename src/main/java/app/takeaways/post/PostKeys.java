package app.takeaways.post;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a feature that keeps copies of posts' pages needs to know to keep them true: which
 * post an address names (the id {@link PostChanged} and the comment events carry), and
 * when the next scheduled post comes out (lists change then, with no event).
 */
@Service
public class PostKeys {

	private final PostRepository posts;

	private final Clock clock;

	PostKeys(PostRepository posts, Clock clock) {
		this.posts = posts;
		this.clock = clock;
	}

	/**
	 * The id of the post whose current address is {@code slug}, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> idOf(String slug) {
		return this.posts.findIdBySlug(slug);
	}

	/**
	 * When the first post scheduled after now comes out, if any is scheduled.
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> nextPublication() {
		return this.posts.findNextPublicationAfter(this.clock.instant());
	}

}
