package app.takeaways.post;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

@DataJpaTest
class PostRepositoryTests extends PostRepositoryContract {

}
