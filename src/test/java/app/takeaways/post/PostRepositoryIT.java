package app.takeaways.post;

import app.takeaways.support.RequiresPostgres;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
@RequiresPostgres
class PostRepositoryIT extends PostRepositoryContract {

}
