package app.takeaways.editor;

import app.takeaways.support.RequiresPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest(properties = "takeaways.demo.enabled=false")
@AutoConfigureMockMvc
@RequiresPostgres
class EditorFlowIT extends EditorFlowContract {

}
