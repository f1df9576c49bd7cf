package app.takeaways.discovery;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest(properties = "takeaways.time-zone=Europe/Berlin")
@AutoConfigureMockMvc
class SearchTests extends SearchContract {

}
