package app.takeaways.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The PostgreSQL a {@link RequiresPostgres} test talks to. Every test context gets a
 * schema of its own in the server named by {@code TEST_POSTGRES_URL}, created empty and
 * migrated when the context starts and dropped when it closes; no context ever cleans a
 * schema that another cached context still uses.
 */
@TestConfiguration(proxyBeanMethods = false)
class PostgresTestConfiguration {

	@Bean
	@Conditional(UrlGiven.class)
	ContextSchema contextSchema() throws SQLException {
		return ContextSchema.create();
	}

	@Bean
	@Conditional(UrlGiven.class)
	JdbcConnectionDetails postgresFromEnvironment(ContextSchema schema) {
		String url = schema.url();
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return ContextSchema.user();
			}

			@Override
			public String getPassword() {
				return ContextSchema.password();
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

	@Bean
	@ServiceConnection
	@Conditional(NoUrlGiven.class)
	PostgreSQLContainer postgresContainer() {
		return new PostgreSQLContainer("postgres:16-alpine");
	}

	/**
	 * A schema that lives as long as one test context.
	 */
	record ContextSchema(String name) implements DisposableBean {

		static ContextSchema create() throws SQLException {
			ContextSchema schema = new ContextSchema("test_" + UUID.randomUUID().toString().replace("-", ""));
			schema.execute("CREATE SCHEMA " + schema.name());
			return schema;
		}

		static String user() {
			return System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
		}

		static String password() {
			return System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");
		}

		String url() {
			String base = System.getenv(PostgresAvailableCondition.URL);
			return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + this.name;
		}

		@Override
		public void destroy() throws SQLException {
			execute("DROP SCHEMA IF EXISTS " + this.name + " CASCADE");
		}

		private void execute(String sql) throws SQLException {
			try (Connection connection = DriverManager.getConnection(System.getenv(PostgresAvailableCondition.URL),
					user(), password()); Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}

	}

	static class UrlGiven implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return PostgresAvailableCondition.hasText(System.getenv(PostgresAvailableCondition.URL));
		}

	}

	static class NoUrlGiven implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !PostgresAvailableCondition.hasText(System.getenv(PostgresAvailableCondition.URL));
		}

	}

}
