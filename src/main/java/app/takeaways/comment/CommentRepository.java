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
