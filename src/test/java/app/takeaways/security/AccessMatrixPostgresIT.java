package app.takeaways.security;

import app.takeaways.comment.CommentFixtures;
import app.takeaways.support.RequiresPostgres;

import org.springframework.context.annotation.Import;

/**
 * The access matrix on PostgreSQL: every test of {@link AccessMatrixTests}, against a
 * real server.
 */
@RequiresPostgres
@Import(CommentFixtures.class)
class AccessMatrixPostgresIT extends AccessMatrixTests {

}
