package app.takeaways.moderation;

import java.time.Duration;

import app.takeaways.comment.CommentProperties;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night, deletes for good the comments that have been in the trash for more than 30
 * days (by default), on one instance only.
 */
@Component
class TrashPurge {

	private static final Logger log = LoggerFactory.getLogger(TrashPurge.class);

	private final ModerationService moderation;

	private final Duration age;

	TrashPurge(ModerationService moderation, CommentProperties properties) {
		this.moderation = moderation;
		this.age = Duration.ofDays(properties.purgeTrashAfterDays());
	}

	/**
	 * Runs on one instance per night; the lock is held at least a minute, so an instance
	 * whose clock is a little late does not run it again.
	 */
	@Scheduled(cron = "${takeaways.comments.purge-cron:0 17 3 * * *}")
	@SchedulerLock(name = "trash-purge", lockAtLeastFor = "PT1M")
	public void purge() {
		int deleted = this.moderation.purgeTrashOlderThan(this.age);
		if (deleted > 0) {
			log.info("Purged {} comments trashed more than {} days ago", deleted, this.age.toDays());
		}
	}

}
