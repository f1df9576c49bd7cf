package app.takeaways.comment;

import app.takeaways.support.RequiresPostgres;

import org.springframework.context.annotation.Import;

/**
 * A reader's comment, its moderation and closing, in Chromium, on PostgreSQL: every test
 * of {@link CommentJourneyIT}, against a real server.
 */
@RequiresPostgres
@Import(CommentFixtures.class)
class CommentJourneyPostgresIT extends CommentJourneyIT {

}
