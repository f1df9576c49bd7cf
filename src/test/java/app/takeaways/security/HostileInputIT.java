package app.takeaways.security;

import app.takeaways.comment.CommentFixtures;
import app.takeaways.support.RequiresPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

@SpringBootTest
@AutoConfigureMockMvc
@Import(CommentFixtures.class)
@RequiresPostgres
class HostileInputIT extends HostileInputContract {

}
