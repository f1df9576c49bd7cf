package app.takeaways.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a Spring test against a real PostgreSQL: the server named by
 * {@code TEST_POSTGRES_URL}, else a Testcontainers container where Docker runs, else the
 * test is skipped with a message; {@code TEST_POSTGRES_REQUIRED=true} turns the skip into
 * a failure. Each test context migrates a fresh schema of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PostgresAvailableCondition.class)
@Import(PostgresTestConfiguration.class)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
public @interface RequiresPostgres {

}
