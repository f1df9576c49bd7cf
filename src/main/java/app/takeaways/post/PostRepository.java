package app.takeaways.post;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PostRepository extends JpaRepository<Post, Long> {

	/**
	 * Posts readers can see at {@code now}, newest first, without loading their bodies.
	 */
	@Query(value = """
			select new app.takeaways.post.PostSummaryRow(p.id, p.slug, p.title, p.lead, p.publishedAt,
				a.displayName, size(p.takeaways))
			from Post p join p.author a
			where p.status <> app.takeaways.post.PostStatus.DRAFT and p.publishedAt <= :now
			order by p.publishedAt desc, p.id desc""", countQuery = """
			select count(p) from Post p
			where p.status <> app.takeaways.post.PostStatus.DRAFT and p.publishedAt <= :now""")
	Page<PostSummaryRow> findVisibleSummaries(Instant now, Pageable pageable);

	/**
	 * A post with its author and takeaways, in one statement.
	 */
	@Query("""
			select p from Post p join fetch p.author left join fetch p.takeaways
			where p.slug = :slug""")
	Optional<Post> findWithTakeawaysBySlug(String slug);

	/**
	 * A post with its author and takeaways, by id, whatever its status.
	 */
	@Query("""
			select p from Post p join fetch p.author left join fetch p.takeaways
			where p.id = :id""")
	Optional<Post> findWithTakeawaysById(long id);

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
			from Post p join p.author a
			where lower(p.title) like :pattern escape '\\' and (:filter = 'ALL'
				or (:filter = 'DRAFT' and p.status = app.takeaways.post.PostStatus.DRAFT)
				or (:filter = 'SCHEDULED' and p.status <> app.takeaways.post.PostStatus.DRAFT and p.publishedAt > :now)
				or (:filter = 'PUBLISHED' and p.status <> app.takeaways.post.PostStatus.DRAFT and p.publishedAt <= :now))
			order by p.updatedAt desc, p.id desc""",
			countQuery = """
					select count(p) from Post p
					where lower(p.title) like :pattern escape '\\' and (:filter = 'ALL'
						or (:filter = 'DRAFT' and p.status = app.takeaways.post.PostStatus.DRAFT)
						or (:filter = 'SCHEDULED' and p.status <> app.takeaways.post.PostStatus.DRAFT and p.publishedAt > :now)
						or (:filter = 'PUBLISHED' and p.status <> app.takeaways.post.PostStatus.DRAFT and p.publishedAt <= :now))""")
	Page<PostListRow> findForEditor(String filter, String pattern, Instant now, Pageable pageable);

	@Query("""
			select new app.takeaways.post.PostTagRow(p.id, t.slug, t.name)
			from Post p join p.tags t where p.id in :postIds order by t.name""")
	List<PostTagRow> findTagsOf(Collection<Long> postIds);

}
