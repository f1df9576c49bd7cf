package app.takeaways.moderation;

import app.takeaways.comment.CommentFixtures;
import app.takeaways.support.RequiresPostgres;

import org.springframework.context.annotation.Import;

/**
 * Moderation actions on PostgreSQL: every test of {@link ModerationTests}, against a real
 * server.
 */
@RequiresPostgres
@Import(CommentFixtures.class)
class ModerationPostgresIT extends ModerationTests {

}
