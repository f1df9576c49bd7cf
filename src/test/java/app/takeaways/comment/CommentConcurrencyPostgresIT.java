package app.takeaways.comment;

import app.takeaways.support.RequiresPostgres;

import org.springframework.context.annotation.Import;

/**
 * Concurrent comments on PostgreSQL: every test of {@link CommentConcurrencyTests},
 * against a real server.
 */
@RequiresPostgres
@Import(CommentFixtures.class)
class CommentConcurrencyPostgresIT extends CommentConcurrencyTests {

}
