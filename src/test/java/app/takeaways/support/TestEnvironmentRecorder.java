package app.takeaways.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Properties;

import javax.sql.DataSource;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Records, for every Spring test class, the database its context talked to and the
 * browser it drove, in {@code target/test-environment/<class>.properties}. CI reads these
 * files to prove that the PostgreSQL tests ran on PostgreSQL and the browser tests in
 * Chromium, instead of trusting that nothing was skipped.
 */
public class TestEnvironmentRecorder implements TestExecutionListener, Ordered {

	static final Path DIRECTORY = Path.of("target", "test-environment");

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void beforeTestClass(TestContext testContext) {
		Browser.takeStarted();
	}

	@Override
	public void afterTestClass(TestContext testContext) throws Exception {
		Properties found = new Properties();
		String browser = Browser.takeStarted();
		if (browser != null) {
			found.setProperty("browser", browser);
		}
		if (testContext.hasApplicationContext()) {
			describeDatabase(testContext.getApplicationContext(), found);
		}
		Files.createDirectories(DIRECTORY);
		try (Writer out = Files
			.newBufferedWriter(DIRECTORY.resolve(testContext.getTestClass().getName() + ".properties"))) {
			found.store(out, "what " + testContext.getTestClass().getSimpleName() + " ran against");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void describeDatabase(ApplicationContext context, Properties found) {
		DataSource dataSource = context.getBeanProvider(DataSource.class).getIfUnique();
		if (dataSource == null) {
			return;
		}
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			found.setProperty("database.product", meta.getDatabaseProductName());
			found.setProperty("database.version", meta.getDatabaseProductVersion());
			found.setProperty("database.url", meta.getURL());
		}
		catch (SQLException ex) {
			found.setProperty("database.error", String.valueOf(ex.getMessage()));
		}
	}

}
