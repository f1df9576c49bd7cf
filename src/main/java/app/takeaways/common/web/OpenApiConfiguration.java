package app.takeaways.common.web;

import java.util.Map;

import app.takeaways.common.TakeawaysProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The OpenAPI document at {@code /v3/api-docs}: the API's name, version and purpose, and
 * the RFC 9457 problem details every operation may answer with.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM = "application/problem+json";

	@Bean
	OpenAPI takeawaysOpenApi(TakeawaysProperties properties, Environment environment) {
		return new OpenAPI().info(new Info().title(properties.siteName() + " API")
			.version(environment.getProperty("takeaways.api.version", "dev"))
			.description("Read published posts, their key takeaways and approved comments, search them, "
					+ "and post a comment (with a CSRF token from GET /api/csrf). Errors are RFC 9457 "
					+ "problem details (application/problem+json).")
			.license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")));
	}

	/**
	 * Every operation documents the problem details it can answer with; GETs of lists
	 * take page numbers from 1.
	 */
	@Bean
	OpenApiCustomizer problemResponses() {
		return (api) -> {
			if (api.getComponents() == null) {
				api.setComponents(new Components());
			}
			api.getComponents().addSchemas("Problem", problemSchema());
			api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
				boolean write = method == io.swagger.v3.oas.models.PathItem.HttpMethod.POST;
				problem(operation, "400", "The request is not valid (a field, a parameter or the body).");
				if (path.contains("{slug}")) {
					problem(operation, "404", "There is no such post.");
					problem(operation, "410", "The post was deleted.");
				}
				else if (operation.getParameters() != null
						&& operation.getParameters().stream().anyMatch((p) -> "page".equals(p.getName()))) {
					problem(operation, "404", "There is no such page.");
				}
				if (write) {
					problem(operation, "403", "Comments are closed, or the CSRF token is missing.");
					problem(operation, "429", "Too many comments from this address; wait a minute.");
				}
				if (operation.getParameters() != null) {
					operation.getParameters()
						.stream()
						.filter((p) -> "page".equals(p.getName()) && p.getSchema() != null)
						.forEach((p) -> p.getSchema().setMinimum(java.math.BigDecimal.ONE));
				}
			}));
		};
	}

	private static void problem(Operation operation, String status, String description) {
		if (operation.getResponses().containsKey(status)) {
			return;
		}
		operation.getResponses()
			.addApiResponse(status,
					new ApiResponse().description(description)
						.content(new Content().addMediaType(PROBLEM,
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
	}

	private static Schema<?> problemSchema() {
		ObjectSchema problem = new ObjectSchema();
		problem.description("RFC 9457 problem details");
		problem
			.setProperties(new java.util.LinkedHashMap<>(Map.of("type", new StringSchema(), "title", new StringSchema(),
					"status", new IntegerSchema(), "detail", new StringSchema(), "instance", new StringSchema())));
		problem.addRequiredItem("status");
		problem.addRequiredItem("title");
		return problem;
	}

}
