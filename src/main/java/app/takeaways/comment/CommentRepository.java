package app.takeaways.comment;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommentRepository extends JpaRepository<Comment, Long> {

	@Query("""
			select c from Comment c
			where c.postId = :postId and c.status = app.takeaways.comment.CommentStatus.APPROVED
			order by c.createdAt, c.id""")
	List<Comment> findApprovedOf(long postId);

	/**
	 * The moderation queue without filters: one status, newest first, read in
	 * ix_comment_status order (an index scan that stops after a page). A separate query
	 * on purpose: with "(:x is null or …)" filters PostgreSQL's generic plan scanned
	 * every comment of the status (2.2 s on 1,000,000 comments, against 0.3 ms for this
	 * one).
	 */
	@Query("select " + QueueRow.COLUMNS + """
			 from Comment c join Post p on p.id = c.postId
			where c.status = :status
			order by c.createdAt desc, c.id desc""")
	Slice<QueueRow> findQueue(CommentStatus status, Pageable pageable);

	/**
	 * The moderation queue of one post (ix_comment_post_status, read backwards).
	 */
	@Query("select " + QueueRow.COLUMNS + """
			 from Comment c join Post p on p.id = c.postId
			where c.status = :status and p.id = :postId
			order by c.createdAt desc, c.id desc""")
	Slice<QueueRow> findQueueOfPost(CommentStatus status, long postId, Pageable pageable);

	/**
	 * The moderation queue searched by author, email or text (a lowercase {@code %word%}
	 * pattern), optionally of one post: a scan of the status, as any substring search is.
	 */
	@Query("select " + QueueRow.COLUMNS + """
			 from Comment c join Post p on p.id = c.postId
			where c.status = :status and (:postId is null or p.id = :postId)
				and (lower(c.authorName) like :pattern or lower(c.authorEmail) like :pattern
					or lower(c.body) like :pattern)
			order by c.createdAt desc, c.id desc""")
	Slice<QueueRow> findQueueMatching(CommentStatus status, @Nullable Long postId, String pattern, Pageable pageable);

	/**
	 * Comments by id as the moderation screens show them.
	 */
	@Query("select " + QueueRow.COLUMNS + " from Comment c join Post p on p.id = c.postId where c.id in :ids")
	List<QueueRow> findQueueRowsById(Collection<Long> ids);

	long countByStatus(CommentStatus status);

	/**
	 * How many comments have a status, counting no further than {@code cap}: an exact
	 * count of 160,000 pending comments took 130 ms on PostgreSQL, and the moderation
	 * pages show this number on every request.
	 */
	@Query(value = "select count(*) from (select 1 from comment where status = :status limit :cap) capped",
			nativeQuery = true)
	long countByStatusUpTo(String status, int cap);

	@Query("select c.id from Comment c where c.status = app.takeaways.comment.CommentStatus.TRASH and c.statusChangedAt < :before")
	List<Long> findTrashedBefore(java.time.Instant before);

	/**
	 * How many comments of an address have a status. A count, not an "exists": PostgreSQL
	 * plans {@code LIMIT 1} for an address with many comments of other statuses (a
	 * spammer's thousands of held ones) as a scan of the whole table that hopes to stop
	 * early and never does when none matches (7 ms with 50,000 comments, growing with the
	 * table); the count reads the address's entries of the (email, status) index.
	 */
	long countByAuthorEmailAndStatus(String email, CommentStatus status);

	@Query("""
			select new app.takeaways.comment.CommentCount(c.postId, count(c)) from Comment c
			where c.postId in :postIds and c.status = app.takeaways.comment.CommentStatus.APPROVED
			group by c.postId""")
	List<CommentCount> countApprovedOf(Collection<Long> postIds);

	@Query("""
			select c from Comment c
			where c.postId = :postId and c.status = app.takeaways.comment.CommentStatus.APPROVED
			order by c.createdAt desc, c.id desc""")
	List<Comment> findNewestApprovedOf(long postId, Pageable pageable);

	@Query("""
			select new app.takeaways.comment.ApprovedComments$Freshness(count(c), max(c.statusChangedAt)) from Comment c
			where c.postId = :postId and c.status = app.takeaways.comment.CommentStatus.APPROVED""")
	ApprovedComments.Freshness freshnessOf(long postId);

	@Query("select c from Comment c where c.postId in :postIds order by c.id")
	List<Comment> findAllOfPosts(Collection<Long> postIds);

}
