package app.takeaways.demo;

import app.takeaways.support.RequiresPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@RequiresPostgres
class SeedArticleIT extends SeedArticleContract {

}
