package app.takeaways.moderation;

import app.takeaways.comment.CommentFixtures;
import app.takeaways.support.RequiresPostgres;

import org.springframework.context.annotation.Import;

/**
 * The moderation queue in Chromium on PostgreSQL: every test of
 * {@link ModerationJourneyIT}, against a real server.
 */
@RequiresPostgres
@Import(CommentFixtures.class)
class ModerationJourneyPostgresIT extends ModerationJourneyIT {

}
