package app.takeaways.comment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<Comment, Long> {

	@Query("""
			select c from Comment c
			where c.post.id = :postId and c.status = app.takeaways.comment.CommentStatus.APPROVED
			order by c.createdAt, c.id""")
	List<Comment> findApprovedOf(long postId);

	/**
	 * The moderation queue: one status, optionally one post and a search in author, email
	 * and text (a lowercase {@code %word%} pattern), newest first.
	 */
	@Query("""
			select c from Comment c left join fetch c.post p
			where c.status = :status and (:postId is null or p.id = :postId)
				and (:pattern is null or lower(c.authorName) like :pattern or lower(c.authorEmail) like :pattern
					or lower(c.body) like :pattern)
			order by c.createdAt desc, c.id desc""")
	org.springframework.data.domain.Slice<Comment> findQueue(CommentStatus status,
			@org.jspecify.annotations.Nullable Long postId, @org.jspecify.annotations.Nullable String pattern,
			org.springframework.data.domain.Pageable pageable);

	long countByStatus(CommentStatus status);

	@Query("select c from Comment c left join fetch c.post where c.id in :ids")
	List<Comment> findAllWithPostById(Collection<Long> ids);

	@Query("select c.id from Comment c where c.status = app.takeaways.comment.CommentStatus.TRASH and c.statusChangedAt < :before")
	List<Long> findTrashedBefore(java.time.Instant before);

	boolean existsByAuthorEmailAndStatus(String email, CommentStatus status);

	@Query("""
			select new app.takeaways.comment.CommentCount(c.post.id, count(c)) from Comment c
			where c.post.id in :postIds and c.status = app.takeaways.comment.CommentStatus.APPROVED
			group by c.post.id""")
	List<CommentCount> countApprovedOf(Collection<Long> postIds);

	@Query("""
			select c from Comment c
			where c.post.id = :postId and c.status = app.takeaways.comment.CommentStatus.APPROVED
			order by c.createdAt desc, c.id desc""")
	List<Comment> findNewestApprovedOf(long postId, Pageable pageable);

	@Query("""
			select new app.takeaways.comment.ApprovedComments$Freshness(count(c), max(c.statusChangedAt)) from Comment c
			where c.post.id = :postId and c.status = app.takeaways.comment.CommentStatus.APPROVED""")
	ApprovedComments.Freshness freshnessOf(long postId);

}
