package app.takeaways.support;

import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The PostgreSQL a {@link RequiresPostgres} test talks to.
 */
@TestConfiguration(proxyBeanMethods = false)
class PostgresTestConfiguration {

	@Bean
	@Conditional(UrlGiven.class)
	JdbcConnectionDetails postgresFromEnvironment() {
		String user = System.getenv().getOrDefault("TEST_POSTGRES_USER", "postgres");
		String password = System.getenv().getOrDefault("TEST_POSTGRES_PASSWORD", "");
		String url = System.getenv(PostgresAvailableCondition.URL);
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return user;
			}

			@Override
			public String getPassword() {
				return password;
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
	 * Every test context starts from an empty schema, so runs never see each other's
	 * rows.
	 */
	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
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
