package app.takeaways.moderation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ModerationEventRepository extends JpaRepository<ModerationEvent, Long> {

	List<ModerationEvent> findByCommentIdOrderByCreatedAtAscIdAsc(long commentId);

}
