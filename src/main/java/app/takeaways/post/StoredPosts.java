package app.takeaways.post;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import app.takeaways.account.Authors;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every post as stored, whatever its status: what the editor lists and opens.
 */
@Service
public class StoredPosts {

	/**
	 * The filter of the editor's list, JPQL after {@code from Post p} (see
	 * {@link PostRepository#findForEditor}).
	 */
	static final String FILTERED = "where lower(p.title) like :pattern escape '\\' and (:filter = 'ALL'"
			+ " or (:filter = 'DRAFT' and p.status = app.takeaways.post.PostStatus.DRAFT)"
			+ " or (:filter = 'SCHEDULED' and " + Visibility.SCHEDULED_JPQL + ")" + " or (:filter = 'PUBLISHED' and "
			+ Visibility.JPQL + "))";

	private final PostRepository posts;

	private final EntityManager entities;

	private final Authors authors;

	private final Clock clock;

	StoredPosts(PostRepository posts, EntityManager entities, Authors authors, Clock clock) {
		this.posts = posts;
		this.entities = entities;
		this.authors = authors;
		this.clock = clock;
	}

	/**
	 * The post with this id, if there is one, with its takeaways and author in one
	 * statement. Within the transaction that just created or changed it, this reads what
	 * is already in memory (a post created in it asks {@link Authors} for the author's
	 * names, which the transaction that found the author holds too).
	 */
	@Transactional(readOnly = true)
	public Optional<StoredPost> find(long id) {
		Post held = held(id);
		if (held == null) {
			return this.posts.findAuthoredById(id)
				.stream()
				.findFirst()
				.map(AuthoredPost::withAuthor)
				.map(StoredPost::of);
		}
		if (!held.knowsAuthor()) {
			Authors.Author author = this.authors.byId(held.getAuthorId());
			held.writtenBy(new PostAuthor(author.username(), author.displayName()));
		}
		return Optional.of(StoredPost.of(held));
	}

	/**
	 * Whether there is no post at all.
	 */
	@Transactional(readOnly = true)
	public boolean none() {
		return this.posts.count() == 0;
	}

	/**
	 * One page (1-based) of all posts, most recently changed first. {@code status} is
	 * all, draft, scheduled (not out yet) or published (out now); {@code query} a part of
	 * the title, any case.
	 */
	@Transactional(readOnly = true)
	public Page<PostListRow> list(String status, String query, int page, int size) {
		String filter = switch (status.toLowerCase(Locale.ROOT)) {
			case "draft", "scheduled", "published" -> status.toUpperCase(Locale.ROOT);
			default -> "ALL";
		};
		String escaped = query.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return this.posts.findForEditor(filter, "%" + escaped + "%", this.clock.instant(),
				PageRequest.of(Math.max(page, 1) - 1, size));
	}

	/**
	 * The post with its takeaways, in one statement; none when the persistence context
	 * already holds it.
	 */
	Optional<Post> entity(long id) {
		EntityGraph<Post> graph = this.entities.createEntityGraph(Post.class);
		graph.addAttributeNodes("takeaways");
		return Optional.ofNullable(this.entities.find(Post.class, id, Map.of("jakarta.persistence.fetchgraph", graph)));
	}

	/**
	 * The post if the persistence context holds it already, without a statement.
	 */
	private @Nullable Post held(long id) {
		Session session = this.entities.unwrap(Session.class);
		// Hibernate 7.2 fails on getManagedEntities while nothing is managed at all.
		if (session.getStatistics().getEntityCount() == 0) {
			return null;
		}
		return session.getManagedEntities(Post.class)
			.stream()
			.filter((post) -> Long.valueOf(id).equals(post.getId()))
			.findFirst()
			.orElse(null);
	}

}
