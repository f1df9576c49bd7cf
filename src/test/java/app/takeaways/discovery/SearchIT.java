package app.takeaways.discovery;

import app.takeaways.support.RequiresPostgres;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest(properties = "takeaways.time-zone=Europe/Berlin")
@AutoConfigureMockMvc
@RequiresPostgres
class SearchIT extends SearchContract {

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Runs the triggers queued so far, as a commit would, and defers the next ones again.
	 */
	@Override
	void searchIndexCatchesUp() {
		this.jdbc.execute("SET CONSTRAINTS ALL IMMEDIATE");
		this.jdbc.execute("SET CONSTRAINTS ALL DEFERRED");
	}

}
