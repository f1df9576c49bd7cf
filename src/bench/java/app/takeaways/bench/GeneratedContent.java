package app.takeaways.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.takeaways.account.Authors;
import app.takeaways.comment.CommentCommands;
import app.takeaways.comment.CommentStatus;
import app.takeaways.post.PostCommands;
import app.takeaways.post.PostContent;
import app.takeaways.post.PostStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with many generated posts and comments for benchmarks
 * ({@code takeaways.generate.posts=N}), through the commands the editor and importers
 * use. Runs after the demo content and only once: it skips when its first post exists.
 * Always a bean, and does nothing without {@code takeaways.generate.posts}: the jar's
 * bean definitions are fixed at package time (Spring AOT), before that is set.
 */
@Component
@Order(20)
class GeneratedContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(GeneratedContent.class);

	static final String FIRST_SLUG = "generated-post-1";

	private static final int CHUNK = 250;

	private static final int TAGS = 50;

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

	private final PostCommands posts;

	private final CommentCommands comments;

	private final Authors authors;

	private final TransactionTemplate transactions;

	private final GenerateProperties properties;

	private final Clock clock;

	GeneratedContent(PostCommands posts, CommentCommands comments, Authors authors, TransactionTemplate transactions,
			GenerateProperties properties, Clock clock) {
		this.posts = posts;
		this.comments = comments;
		this.authors = authors;
		this.transactions = transactions;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.posts() <= 0 || this.posts.slugTaken(FIRST_SLUG)) {
			return;
		}
		long started = System.nanoTime();
		long authorId = this.authors.findOrCreateWithoutSignIn("generator", "Generated Author");
		List<Long> postIds = new ArrayList<>();
		for (int from = 1; from <= this.properties.posts(); from += CHUNK) {
			int start = from;
			postIds.addAll(this.transactions.execute((tx) -> this.posts.createAll(authorId, postChunk(start))));
		}
		int commentsPerPost = Math.max(1, this.properties.comments() / Math.max(1, postIds.size()));
		for (int from = 0; from < this.properties.comments(); from += CHUNK * 4) {
			int start = from;
			this.transactions.executeWithoutResult((tx) -> commentChunk(start, postIds, commentsPerPost));
		}
		log.info("Generated {} posts and {} comments in {} s", postIds.size(), this.properties.comments(),
				Duration.ofNanos(System.nanoTime() - started).toSeconds());
	}

	/**
	 * Published posts, one an hour going back from yesterday, with two of 50 topic tags
	 * each; every other one closed for comments.
	 */
	private List<PostCommands.NewPost> postChunk(int from) {
		List<PostCommands.NewPost> chunk = new ArrayList<>();
		int to = Math.min(from + CHUNK - 1, this.properties.posts());
		Instant newest = this.clock.instant().minus(Duration.ofDays(1));
		for (int n = from; n <= to; n++) {
			Instant published = newest.minus(Duration.ofHours(n));
			PostContent content = new PostContent(
					"Generated article number " + n + " on " + TOPICS[n % TOPICS.length] + " and "
							+ TOPICS[(n / TOPICS.length) % TOPICS.length],
					"Lead paragraph of generated article " + n + ". It summarises the story in two sentences.",
					"Body of generated article " + n + ".\n\nA second paragraph with *some* Markdown.", takeaways(n),
					List.of(topic(n % TAGS), topic((n * 7) % TAGS)), PostStatus.PUBLISHED, published, n % 2 == 0,
					published, null, published);
			chunk.add(new PostCommands.NewPost("generated-post-" + n, content));
		}
		return chunk;
	}

	private static PostContent.TagName topic(int index) {
		return new PostContent.TagName("topic-" + (index + 1), "Topic " + (index + 1));
	}

	private static List<PostContent.Item> takeaways(int n) {
		List<PostContent.Item> list = new ArrayList<>();
		for (String heading : HEADINGS) {
			String anchor = heading.toLowerCase(Locale.ROOT).replace(' ', '-');
			list.add(new PostContent.Item(anchor, heading, "Point " + (list.size() + 1) + " of generated article " + n
					+ ", long enough to read like a real takeaway with a sentence or two of explanation."));
		}
		return list;
	}

	/**
	 * Comments spread over the posts: about 80% approved, 15% pending and 5% spam.
	 */
	private void commentChunk(int from, List<Long> postIds, int perPost) {
		int to = Math.min(from + CHUNK * 4, this.properties.comments());
		Map<Long, List<CommentCommands.Brought>> byPost = new LinkedHashMap<>();
		for (int n = from; n < to; n++) {
			long postId = postIds.get((n / perPost) % postIds.size());
			Instant at = this.clock.instant().minus(Duration.ofMinutes(n));
			int bucket = n % 20;
			CommentStatus status = (bucket < 16) ? CommentStatus.APPROVED
					: (bucket == 19) ? CommentStatus.SPAM : CommentStatus.PENDING;
			byPost.computeIfAbsent(postId, (id) -> new ArrayList<>())
				.add(new CommentCommands.Brought(n, 0,
						new CommentCommands.Written("Reader " + (n % 5000), "reader" + (n % 5000) + "@example.org",
								null, "Generated comment " + n + ". Thoughtful words about the article."),
						status, at));
		}
		byPost.forEach((postId, comments) -> this.comments.bringInAll(postId, comments, Map.of()));
	}

}
