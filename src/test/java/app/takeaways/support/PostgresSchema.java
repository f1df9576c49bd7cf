package app.takeaways.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * An empty schema of its own in the server named by {@code TEST_POSTGRES_URL}, dropped
 * with everything in it when its owner (a test context, whose inferred destroy method
 * closes it, or a second application a test starts) is done with it.
 *
 * @param name the schema's name
 */
public record PostgresSchema(String name) implements AutoCloseable {

	public static PostgresSchema create() throws SQLException {
		PostgresSchema schema = new PostgresSchema("test_" + UUID.randomUUID().toString().replace("-", ""));
		schema.execute("CREATE SCHEMA " + schema.name());
		return schema;
	}

	public static String user() {
		return System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
	}

	public static String password() {
		return System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");
	}

	public String url() {
		String base = System.getenv(PostgresAvailableCondition.URL);
		return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + this.name;
	}

	@Override
	public void close() throws SQLException {
		execute("DROP SCHEMA IF EXISTS " + this.name + " CASCADE");
	}

	private void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(System.getenv(PostgresAvailableCondition.URL), user(),
				password()); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
