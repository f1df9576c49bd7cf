package app.takeaways.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import app.takeaways.account.Accounts;
import app.takeaways.account.Authors;
import app.takeaways.comment.CommentCommands;
import app.takeaways.comment.CommentStatus;
import app.takeaways.common.TakeawaysProperties;
import app.takeaways.post.PostCommands;
import app.takeaways.post.PostContent;
import app.takeaways.post.PostStatus;
import app.takeaways.post.StoredPosts;
import app.takeaways.takeaway.ParsedArticle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start against an empty database, loads the demo posts from
 * {@code db/demo/*.txt}: the seed article and a few others, by a demo author who cannot
 * sign in. Never runs when any post exists; off with
 * {@code takeaways.demo.enabled=false}.
 */
@Component
@Order(10)
class DemoContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoContent.class);

	private final StoredPosts posts;

	private final PostCommands commands;

	private final Authors authors;

	private final CommentCommands comments;

	private final TakeawaysProperties properties;

	DemoContent(StoredPosts posts, PostCommands commands, Authors authors, CommentCommands comments,
			TakeawaysProperties properties) {
		this.posts = posts;
		this.commands = commands;
		this.authors = authors;
		this.comments = comments;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.properties.demo().enabled() || !this.posts.none()) {
			return;
		}
		long author = this.authors.findOrCreateWithoutSignIn(Accounts.DEMO_AUTHOR, "Mara Lindqvist");
		List<DemoArticle> articles = read();
		articles.forEach((article) -> load(article, author));
		log.info("Loaded {} demo posts", articles.size());
	}

	private List<DemoArticle> read() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath:db/demo/*.txt");
			return Arrays.stream(files)
				.sorted(Comparator.comparing(Resource::getFilename))
				.map(DemoContent::text)
				.map(DemoArticle::parse)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read demo content", ex);
		}
	}

	private static String text(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource, ex);
		}
	}

	/**
	 * One demo post, written as of its publication, with its approved comments. The
	 * server is already answering: the post's change event makes sure a reader who asked
	 * for the home page in the seconds before this load does not keep an empty one from
	 * the page cache.
	 */
	private void load(DemoArticle demo, long author) {
		ParsedArticle article = demo.article();
		PostContent content = new PostContent(article.title(), String.join("\n\n", article.lead()), article.body(),
				article.takeaways()
					.stream()
					.map((item) -> new PostContent.Item(null, item.heading(), item.body()))
					.toList(),
				demo.tags().stream().map(PostContent.TagName::named).toList(),
				(demo.published() != null) ? PostStatus.PUBLISHED : PostStatus.DRAFT, demo.published(),
				article.commentsClosed(), demo.published(), null, demo.published());
		long postId = this.commands.create(demo.slug(), author, content);
		List<DemoArticle.DemoComment> demoComments = demo.comments();
		this.comments.bringInAll(postId, IntStream.range(0, demoComments.size()).mapToObj((i) -> {
			DemoArticle.DemoComment comment = demoComments.get(i);
			return new CommentCommands.Brought(i + 1, 0,
					new CommentCommands.Written(comment.author(), comment.email(), null, comment.text()),
					CommentStatus.APPROVED, comment.at());
		}).toList(), Map.of());
	}

}
