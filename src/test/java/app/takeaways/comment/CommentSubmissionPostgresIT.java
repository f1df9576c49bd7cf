package app.takeaways.comment;

import app.takeaways.support.RequiresPostgres;

import org.springframework.context.annotation.Import;

/**
 * Posting comments rule by rule on PostgreSQL: every test of
 * {@link CommentSubmissionTests}, against a real server.
 */
@RequiresPostgres
@Import(CommentFixtures.class)
class CommentSubmissionPostgresIT extends CommentSubmissionTests {

}
