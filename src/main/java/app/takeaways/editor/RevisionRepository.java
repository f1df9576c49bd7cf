package app.takeaways.editor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RevisionRepository extends JpaRepository<Revision, Long> {

	/**
	 * The history shown beside the editor: numbers, authors, notes and times, newest
	 * first; the snapshots (a whole post each) stay in the database.
	 */
	@Query("""
			select new app.takeaways.editor.RevisionView(r.number, r.author, r.note, r.createdAt)
			from Revision r where r.postId = :postId order by r.number desc""")
	List<RevisionView> viewsOf(long postId);

	Optional<Revision> findByPostIdAndNumber(long postId, int number);

	/**
	 * @return the number of the post's latest revision, or null if it has none
	 */
	@Query("select max(r.number) from Revision r where r.postId = :postId")
	@Nullable Integer lastNumber(long postId);

	List<Revision> findByPostIdInOrderByPostIdAscNumberAsc(Collection<Long> postIds);

}
