package app.takeaways.moderation;

import app.takeaways.comment.CommentFixtures;
import app.takeaways.support.RequiresPostgres;

import org.springframework.context.annotation.Import;

/**
 * The page cache and what evicts it on PostgreSQL: every test of
 * {@link PostPageCacheTests}, against a real server.
 */
@RequiresPostgres
@Import(CommentFixtures.class)
class PostPageCachePostgresIT extends PostPageCacheTests {

}
