package app.takeaways.editor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RevisionRepository extends JpaRepository<Revision, Long> {

	List<Revision> findByPostIdOrderByNumberDesc(long postId);

	Optional<Revision> findByPostIdAndNumber(long postId, int number);

	Optional<Revision> findFirstByPostIdOrderByNumberDesc(long postId);

	List<Revision> findByPostIdInOrderByPostIdAscNumberAsc(Collection<Long> postIds);

}
