package app.takeaways.comment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Comment settings that are deployment choices rather than editorial ones, under
 * {@code takeaways.comments}.
 *
 * @param ratePerMinute comments one client address may post per minute; 0 turns the limit
 * off (for benchmarks only)
 * @param purgeTrashAfterDays trashed comments older than this are deleted for good
 */
@ConfigurationProperties("takeaways.comments")
public record CommentProperties(@DefaultValue("5") int ratePerMinute, @DefaultValue("30") int purgeTrashAfterDays) {
}
