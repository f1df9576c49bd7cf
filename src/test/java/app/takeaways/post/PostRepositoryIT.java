package app.takeaways.post;

import app.takeaways.support.RequiresPostgres;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;

/**
 * The repository contract on PostgreSQL. {@code @DataJpaTest} brings its own
 * {@code @AutoConfigureTestDatabase} (an embedded database), which wins over the one in
 * {@code @RequiresPostgres}; declaring it here keeps the real server.
 */
@DataJpaTest
@RequiresPostgres
@AutoConfigureTestDatabase(replace = Replace.NONE)
class PostRepositoryIT extends PostRepositoryContract {

}
