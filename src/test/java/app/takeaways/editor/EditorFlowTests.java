package app.takeaways.editor;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

@SpringBootTest(properties = "takeaways.demo.enabled=false")
@AutoConfigureMockMvc
class EditorFlowTests extends EditorFlowContract {

}
