package app.takeaways.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.account.Role;
import app.takeaways.comment.Comment;
import app.takeaways.comment.ModerationAction;
import app.takeaways.post.Post;
import app.takeaways.post.PostRepository;
import app.takeaways.post.Tag;
import app.takeaways.takeaway.Takeaway;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with many generated posts and comments for benchmarks
 * ({@code takeaways.generate.posts=N}), through the same entities the application uses.
 * Runs after the demo content and only once: it skips when its first post exists.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "takeaways.generate.posts")
class GeneratedContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GeneratedContent.class);

	static final String FIRST_SLUG = "generated-post-1";

	private static final int CHUNK = 250;

	private static final String[] HEADINGS = { "Context", "What Changed", "Who Gains", "Who Loses", "The Numbers",
			"Risks", "Open Questions", "What Comes Next", "Bottom Line" };

	/**
	 * What generated articles are about: two topics each, so a search for one word
	 * matches about one article in twenty, as it would on a real site, instead of all of
	 * them.
	 */
	private static final String[] TOPICS = { "energy", "trade", "farming", "shipping", "housing", "health", "schools",
			"rail", "water", "tourism", "banking", "steel", "fishing", "software", "elections", "courts", "weather",
			"mining", "textiles", "aviation", "ports", "wages", "pensions", "taxes", "forests", "rivers", "bridges",
			"museums", "football", "cinema", "music", "science", "space", "oil", "gas", "wind", "solar", "grain",
			"coffee", "tea" };

	private final EntityManager entities;

	private final PostRepository posts;

	private final AccountRepository accounts;

	private final TransactionTemplate transactions;

	private final GenerateProperties properties;

	private final Clock clock;

	GeneratedContent(EntityManager entities, PostRepository posts, AccountRepository accounts,
			TransactionTemplate transactions, GenerateProperties properties, Clock clock) {
		this.entities = entities;
		this.posts = posts;
		this.accounts = accounts;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.posts() <= 0 || this.posts.findBySlug(FIRST_SLUG).isPresent()) {
			return;
		}
		long started = System.nanoTime();
		Long authorId = this.transactions.execute(
				(tx) -> this.accounts
					.save(new Account("generator", "Generated Author", "{noop}" + java.util.UUID.randomUUID(),
							Role.EDITOR, this.clock.instant()))
					.getId());
		List<Long> tagIds = this.transactions.execute((tx) -> tags());
		List<Long> postIds = new ArrayList<>();
		for (int from = 1; from <= this.properties.posts(); from += CHUNK) {
			int start = from;
			postIds.addAll(this.transactions.execute((tx) -> postChunk(start, authorId, tagIds)));
		}
		int commentsPerPost = Math.max(1, this.properties.comments() / Math.max(1, postIds.size()));
		for (int from = 0; from < this.properties.comments(); from += CHUNK * 4) {
			int start = from;
			this.transactions.executeWithoutResult((tx) -> commentChunk(start, postIds, commentsPerPost));
		}
		log.info("Generated {} posts and {} comments in {} s", postIds.size(), this.properties.comments(),
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	private List<Long> tags() {
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= 50; i++) {
			Tag tag = new Tag("topic-" + i, "Topic " + i);
			this.entities.persist(tag);
			ids.add(tag.getId());
		}
		return ids;
	}

	private List<Long> postChunk(int from, long authorId, List<Long> tagIds) {
		Account author = this.entities.getReference(Account.class, authorId);
		List<Long> ids = new ArrayList<>();
		int to = Math.min(from + CHUNK - 1, this.properties.posts());
		Instant newest = this.clock.instant().minus(Duration.ofDays(1));
		for (int n = from; n <= to; n++) {
			Instant published = newest.minus(Duration.ofHours(n));
			Clock at = Clock.fixed(published, this.clock.getZone());
			Post post = new Post("generated-post-" + n,
					"Generated article number " + n + " on " + TOPICS[n % TOPICS.length] + " and "
							+ TOPICS[(n / TOPICS.length) % TOPICS.length],
					"Lead paragraph of generated article " + n + ". It summarises the story in two sentences.",
					"Body of generated article " + n + ".\n\nA second paragraph with *some* Markdown.", author, at);
			post.replaceTakeaways(takeaways(n));
			Set<Tag> tags = new HashSet<>();
			tags.add(this.entities.getReference(Tag.class, tagIds.get(n % tagIds.size())));
			tags.add(this.entities.getReference(Tag.class, tagIds.get((n * 7) % tagIds.size())));
			post.tagWith(tags);
			post.publishAt(published, at);
			if (n % 2 == 0) {
				post.closeComments();
			}
			this.entities.persist(post);
			ids.add(post.getId());
		}
		this.entities.flush();
		this.entities.clear();
		return ids;
	}

	private static List<Takeaway> takeaways(int n) {
		List<Takeaway> list = new ArrayList<>();
		for (int i = 0; i < HEADINGS.length; i++) {
			String anchor = HEADINGS[i].toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
			list.add(new Takeaway(anchor, HEADINGS[i], "Point " + (i + 1) + " of generated article " + n
					+ ", long enough to read like a real takeaway with a sentence or two of explanation."));
		}
		return list;
	}

	/**
	 * Comments spread over the posts: about 80% approved, 15% pending and 5% spam.
	 */
	private void commentChunk(int from, List<Long> postIds, int perPost) {
		int to = Math.min(from + CHUNK * 4, this.properties.comments());
		for (int n = from; n < to; n++) {
			Post post = this.entities.getReference(Post.class, postIds.get((n / perPost) % postIds.size()));
			Clock at = Clock.fixed(this.clock.instant().minus(Duration.ofMinutes(n)), this.clock.getZone());
			Comment comment = new Comment(post, null, "Reader " + (n % 5000), "reader" + (n % 5000) + "@example.org",
					null, "Generated comment " + n + ". Thoughtful words about the article.", at);
			int bucket = n % 20;
			if (bucket < 16) {
				comment.approve(at);
			}
			else if (bucket == 19) {
				comment.apply(ModerationAction.SPAM, at);
			}
			this.entities.persist(comment);
		}
		this.entities.flush();
		this.entities.clear();
	}

}
