package app.takeaways.transfer;

import app.takeaways.support.RequiresPostgres;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = "takeaways.demo.enabled=false")
@RequiresPostgres
class WordpressImportIT extends WordpressImportContract {

}
