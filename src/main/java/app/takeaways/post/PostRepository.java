package app.takeaways.post;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PostRepository extends JpaRepository<Post, Long> {

	/**
	 * Posts readers can see at {@code now}, newest first, without loading their bodies. A
	 * slice, not a page: counting every visible post on each request would grow with the
	 * blog.
	 */
	@Query("""
			select new app.takeaways.post.PostSummaryRow(p.id, p.slug, p.title, p.lead, p.publishedAt,
				a.displayName, p.takeawayCount)
			from Post p join p.author a
			where p.status <> app.takeaways.post.PostStatus.DRAFT and p.publishedAt <= :now
			order by p.publishedAt desc, p.id desc""")
	Slice<PostSummaryRow> findVisibleSummaries(Instant now, Pageable pageable);

	/**
	 * A post with its author and takeaways, in one statement.
	 */
	@Query("""
			select p from Post p join fetch p.author left join fetch p.takeaways
			where p.slug = :slug""")
	Optional<Post> findWithTakeawaysBySlug(String slug);

	Optional<Post> findBySlug(String slug);

	@Query("""
			select new app.takeaways.post.PostTagRow(p.id, t.slug, t.name)
			from Post p join p.tags t where p.id in :postIds order by t.name""")
	List<PostTagRow> findTagsOf(Collection<Long> postIds);

}
