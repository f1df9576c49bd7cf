package app.takeaways.post;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Posts in the database. Queries that show an author's name join the account in the same
 * statement, by entity name ({@link PostAuthor#JOIN}).
 */
public interface PostRepository extends JpaRepository<Post, Long> {

	/**
	 * Posts readers can see at {@code now}, newest first, without loading their bodies. A
	 * slice, not a page: counting every visible post on each request would grow with the
	 * blog.
	 */
	@Query(PostSummaryRow.SELECT + " where " + Visibility.JPQL + " order by p.publishedAt desc, p.id desc")
	Slice<PostSummaryRow> findVisibleSummaries(Instant now, Pageable pageable);

	/**
	 * A post with its takeaways, in one statement.
	 */
	@Query("select p from Post p left join fetch p.takeaways where p.slug = :slug")
	Optional<Post> findWithTakeawaysBySlug(String slug);

	/**
	 * A post with its takeaways and its author's names, in one statement: one row per
	 * takeaway, all holding the same post.
	 */
	@Query(AuthoredPost.QUERY + " where p.slug = :slug")
	List<AuthoredPost> findAuthoredBySlug(String slug);

	/**
	 * Like {@link #findAuthoredBySlug(String)}, by id, whatever the post's status.
	 */
	@Query(AuthoredPost.QUERY + " where p.id = :id")
	List<AuthoredPost> findAuthoredById(long id);

	/**
	 * When the first post that is not out yet comes out, if any is scheduled.
	 */
	@Query("select min(p.publishedAt) from Post p where " + Visibility.SCHEDULED_JPQL)
	Optional<Instant> findNextPublicationAfter(Instant now);

	@Query("""
			select new app.takeaways.post.PostReference(p.id, p.slug, p.title) from Post p
			where locate(:text, p.body) > 0 or p.leadImage = :picture order by p.title""")
	List<PostReference> findReferences(String text, String picture);

	Optional<Post> findBySlug(String slug);

	/**
	 * A post as the comments feature needs it, whatever its status, in one statement.
	 */
	@Query("select " + DiscussedPost.COLUMNS + " from Post p where p.slug = :slug")
	Optional<DiscussedPost> findDiscussedBySlug(String slug);

	@Query("select " + DiscussedPost.COLUMNS + " from Post p where p.id = :id")
	Optional<DiscussedPost> findDiscussedById(long id);

	@Query("select p.id from Post p where p.slug = :slug")
	Optional<Long> findIdBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, long id);

	boolean existsBySlug(String slug);

	/**
	 * All posts for the editor's list, most recently changed first. {@code filter} is
	 * ALL, DRAFT, SCHEDULED (not yet visible at {@code now}) or PUBLISHED (visible at
	 * {@code now}); {@code pattern} a lowercase LIKE pattern on the title, with {@code \}
	 * as escape character.
	 */
	@Query(value = """
			select new app.takeaways.post.PostListRow(p.id, p.slug, p.title, p.status, p.publishedAt,
				p.updatedAt, a.displayName)
			from Post p
			""" + PostAuthor.JOIN + " " + StoredPosts.FILTERED + " order by p.updatedAt desc, p.id desc",
			countQuery = "select count(p) from Post p " + StoredPosts.FILTERED)
	Page<PostListRow> findForEditor(String filter, String pattern, Instant now, Pageable pageable);

	/**
	 * Visible posts with one tag, newest first.
	 */
	@Query(PostSummaryRow.SELECT + " join p.tags t where t.slug = :tag and " + Visibility.JPQL
			+ " order by p.publishedAt desc, p.id desc")
	Slice<PostSummaryRow> findVisibleSummariesTagged(String tag, Instant now, Pageable pageable);

	/**
	 * Visible posts published in {@code [from, to)}, newest first.
	 */
	@Query(PostSummaryRow.SELECT + " where p.publishedAt >= :from and p.publishedAt < :to and " + Visibility.JPQL
			+ " order by p.publishedAt desc, p.id desc")
	Slice<PostSummaryRow> findVisibleSummariesBetween(Instant from, Instant to, Instant now, Pageable pageable);

	/**
	 * Tags with the number of visible posts carrying each; tags only drafts carry are
	 * left out.
	 */
	@Query("""
			select new app.takeaways.post.TagCount(t.slug, t.name, count(p))
			from Post p join p.tags t where
			""" + Visibility.JPQL + " group by t.slug, t.name order by t.name")
	List<TagCount> countVisibleByTag(Instant now);

	/**
	 * Ids of the newest visible posts.
	 */
	@Query("select p.id from Post p where " + Visibility.JPQL + " order by p.publishedAt desc, p.id desc")
	List<Long> findNewestVisibleIds(Instant now, Pageable pageable);

	/**
	 * Ids of the newest visible posts with one tag.
	 */
	@Query("select p.id from Post p join p.tags t where t.slug = :tag and " + Visibility.JPQL
			+ " order by p.publishedAt desc, p.id desc")
	List<Long> findNewestVisibleIdsTagged(String tag, Instant now, Pageable pageable);

	/**
	 * Posts with their takeaways and their authors' names, in one statement: one row per
	 * takeaway (see {@link AuthoredPost#distinct(List)}).
	 */
	@Query(AuthoredPost.QUERY + " where p.id in :ids")
	List<AuthoredPost> findAuthoredByIdIn(Collection<Long> ids);

	/**
	 * How many posts are visible and when the newest of them changed or appeared: what a
	 * feed's validators are made of.
	 */
	@Query("""
			select new app.takeaways.post.ListFreshness(count(p), max(p.updatedAt), max(p.publishedAt)) from Post p where
			"""
			+ Visibility.JPQL)
	ListFreshness freshness(Instant now);

	/**
	 * Address and last change of every visible post, for the sitemap.
	 */
	@Query("""
			select new app.takeaways.post.PostStamp(p.slug, p.updatedAt, p.publishedAt) from Post p where
			""" + Visibility.JPQL + " order by p.publishedAt desc, p.id desc")
	List<PostStamp> findVisibleStamps(Instant now);

	/**
	 * Ids of all posts after {@code after}, in id order: how an export pages through
	 * every post without holding them all.
	 */
	@Query("select p.id from Post p where p.id > :after order by p.id")
	List<Long> findIdsAfter(long after, Pageable pageable);

	/**
	 * The highest post id, if there is a post.
	 */
	@Query("select max(p.id) from Post p")
	Optional<Long> findLastId();

	/**
	 * Every author of a post, once.
	 */
	@Query("select distinct new app.takeaways.post.PostExport$Author(a.username, a.displayName) from Post p "
			+ PostAuthor.JOIN + " order by 1")
	List<PostExport.Author> findAuthors();

}
