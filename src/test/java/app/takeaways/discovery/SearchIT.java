package app.takeaways.discovery;

import app.takeaways.support.RequiresPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest(properties = "takeaways.time-zone=Europe/Berlin")
@AutoConfigureMockMvc
@RequiresPostgres
class SearchIT extends SearchContract {

}
