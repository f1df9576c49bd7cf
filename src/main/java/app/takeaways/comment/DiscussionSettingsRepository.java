package app.takeaways.comment;

import org.springframework.data.jpa.repository.JpaRepository;

interface DiscussionSettingsRepository extends JpaRepository<DiscussionSettings, Long> {

}
