package app.takeaways.transfer;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "takeaways.demo.enabled=false")
class WordpressImportTests extends WordpressImportContract {

}
