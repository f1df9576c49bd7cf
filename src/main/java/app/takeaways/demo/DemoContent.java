package app.takeaways.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import app.takeaways.account.Account;
import app.takeaways.account.AccountRepository;
import app.takeaways.account.Accounts;
import app.takeaways.account.Role;
import app.takeaways.comment.Comment;
import app.takeaways.comment.CommentRepository;
import app.takeaways.common.TakeawaysProperties;
import app.takeaways.post.Post;
import app.takeaways.post.PostChanged;
import app.takeaways.post.PostRepository;
import app.takeaways.post.Tag;
import app.takeaways.post.TagRepository;
import app.takeaways.takeaway.Anchors;
import app.takeaways.takeaway.ParsedArticle;
import app.takeaways.takeaway.Takeaway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.crypto.password.PasswordEncoder;
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

	private final PostRepository posts;

	private final TagRepository tags;

	private final AccountRepository accounts;

	private final CommentRepository comments;

	private final PasswordEncoder passwords;

	private final TakeawaysProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DemoContent(PostRepository posts, TagRepository tags, AccountRepository accounts, CommentRepository comments,
			PasswordEncoder passwords, TakeawaysProperties properties, Clock clock, ApplicationEventPublisher events) {
		this.posts = posts;
		this.tags = tags;
		this.accounts = accounts;
		this.comments = comments;
		this.passwords = passwords;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.properties.demo().enabled() || this.posts.count() > 0) {
			return;
		}
		Account author = this.accounts.save(demoAuthor());
		List<DemoArticle> articles = read();
		articles.forEach((article) -> load(article, author));
		log.info("Loaded {} demo posts", articles.size());
	}

	private Account demoAuthor() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		Account author = new Account(Accounts.DEMO_AUTHOR, "Mara Lindqvist",
				this.passwords.encode(Base64.getEncoder().encodeToString(secret)), Role.EDITOR, this.clock.instant());
		author.disable();
		return author;
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

	private void load(DemoArticle demo, Account author) {
		ParsedArticle article = demo.article();
		Clock asOf = (demo.published() != null) ? Clock.fixed(demo.published(), this.clock.getZone()) : this.clock;
		Post post = new Post(demo.slug(), article.title(), String.join("\n\n", article.lead()), article.body(), author,
				asOf);
		post.replaceTakeaways(takeaways(article.takeaways()));
		post.tagWith(tagsNamed(demo.tags()));
		if (article.commentsClosed()) {
			post.closeComments();
		}
		if (demo.published() != null) {
			post.publishAt(demo.published(), asOf);
		}
		this.posts.save(post);
		// The server is already answering: a reader who asked for the home page in the
		// seconds before this load must not keep an empty one from the page cache.
		this.events.publishEvent(new PostChanged(post.getId(), Set.of(post.getSlug()), true));
		for (DemoArticle.DemoComment demoComment : demo.comments()) {
			Comment comment = new Comment(post, null, demoComment.author(), demoComment.email(), null,
					demoComment.text(), Clock.fixed(demoComment.at(), this.clock.getZone()));
			comment.approve(Clock.fixed(demoComment.at(), this.clock.getZone()));
			this.comments.save(comment);
		}
	}

	private static List<Takeaway> takeaways(List<ParsedArticle.Item> items) {
		Set<String> anchors = new HashSet<>();
		return items.stream().map((item) -> {
			String anchor = Anchors.unique(item.heading(), "takeaway", anchors);
			anchors.add(anchor);
			return new Takeaway(anchor, item.heading(), item.body());
		}).toList();
	}

	private Set<Tag> tagsNamed(List<String> names) {
		Set<Tag> result = new LinkedHashSet<>();
		for (String name : names) {
			String slug = Anchors.slugify(name);
			result.add(this.tags.findBySlug(slug).orElseGet(() -> this.tags.save(new Tag(slug, name))));
		}
		return result;
	}

}
