package app.takeaways.moderation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	List<AuditEntry> findByCommentIdOrderByCreatedAtAscIdAsc(long commentId);

}
