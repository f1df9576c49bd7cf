package app.takeaways.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * Decides, before any Spring context starts, whether a PostgreSQL test can run here.
 */
class PostgresAvailableCondition implements ExecutionCondition {

	static final String URL = "TEST_POSTGRES_URL";

	static final String REQUIRED = "TEST_POSTGRES_REQUIRED";

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (hasText(System.getenv(URL))) {
			return ConditionEvaluationResult.enabled("PostgreSQL from " + URL);
		}
		if (dockerAvailable()) {
			return ConditionEvaluationResult.enabled("PostgreSQL from Testcontainers");
		}
		String why = "No PostgreSQL for this test: set " + URL
				+ " (e.g. jdbc:postgresql://127.0.0.1:5432/takeaways_test, with TEST_POSTGRES_USER) or start Docker";
		if ("true".equalsIgnoreCase(System.getenv(REQUIRED))) {
			throw new IllegalStateException(REQUIRED + "=true, but: " + why);
		}
		return ConditionEvaluationResult.disabled(why);
	}

	static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
