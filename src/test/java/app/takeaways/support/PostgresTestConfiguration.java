package app.takeaways.support;

import java.sql.SQLException;

import org.testcontainers.postgresql.PostgreSQLContainer;

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
	PostgresSchema contextSchema() throws SQLException {
		return PostgresSchema.create();
	}

	@Bean
	@Conditional(UrlGiven.class)
	JdbcConnectionDetails postgresFromEnvironment(PostgresSchema schema) {
		String url = schema.url();
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return PostgresSchema.user();
			}

			@Override
			public String getPassword() {
				return PostgresSchema.password();
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
