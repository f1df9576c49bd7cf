package app.takeaways.common.web;

import java.util.ArrayList;
import java.util.List;

import app.takeaways.comment.CommentFixtures;
import app.takeaways.post.Post;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes what the API really answers: every documented GET's
 * response, and its problem details, validate against the document's own schemas.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CommentFixtures.class)
class OpenApiDocumentTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	CommentFixtures fixtures;

	private JsonNode document() {
		MvcTestResult result = this.mvc.get().uri("/v3/api-docs").exchange();
		assertThat(result).hasStatusOk();
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

	@Test
	void documentNamesTheApiAndItsRealMediaTypesAndProblemResponses() {
		JsonNode api = document();

		assertThat(api.at("/info/title").asString()).isEqualTo("Takeaways API");
		assertThat(api.at("/info/version").asString()).isNotEqualTo("v0").isNotBlank();
		assertThat(api.at("/info/description").asString()).contains("problem details");
		assertThat(api.toString()).doesNotContain("\"*/*\"");
		api.get("paths").properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			JsonNode responses = operation.getValue().get("responses");
			assertThat(responses.at("/400/content").has("application/problem+json")).as(path.getKey()).isTrue();
			if (path.getKey().contains("{slug}")) {
				assertThat(responses.at("/404/content").has("application/problem+json")).as(path.getKey()).isTrue();
				assertThat(responses.at("/410/content").has("application/problem+json")).as(path.getKey()).isTrue();
			}
			for (JsonNode parameter : operation.getValue().path("parameters")) {
				if ("page".equals(parameter.get("name").asString())) {
					assertThat(parameter.at("/schema/minimum").asInt()).as(path.getKey()).isEqualTo(1);
				}
			}
		}));
	}

	@Test
	void everyDocumentedGetAnswersWhatTheDocumentDescribes() {
		Post post = this.fixtures.closedPost();
		this.fixtures.approvedComment(post.getId(), "Ann", "ann@example.org", null, "No website here.");
		JsonNode api = document();
		List<String> checked = new ArrayList<>();

		api.get("paths").properties().forEach((entry) -> {
			JsonNode get = entry.getValue().get("get");
			if (get == null) {
				return;
			}
			String path = entry.getKey().replace("{slug}", post.getSlug());
			MvcTestResult result = this.mvc.get().uri(path + query(get)).accept("application/json").exchange();
			assertThat(result).as(path).hasStatusOk();
			assertValid(api, get.at("/responses/200/content/application~1json/schema"), result, path);
			if (entry.getKey().contains("{slug}")) {
				String missing = entry.getKey().replace("{slug}", "no-such-post");
				MvcTestResult notFound = this.mvc.get().uri(missing + query(get)).accept("application/json").exchange();
				assertThat(notFound).as(missing).hasStatus(404);
				assertValid(api, get.at("/responses/404/content/application~1problem+json/schema"), notFound, missing);
			}
			checked.add(entry.getKey());
		});

		assertThat(checked).contains("/api/posts", "/api/posts/{slug}", "/api/posts/{slug}/takeaways",
				"/api/posts/{slug}/comments", "/api/search");
	}

	@Test
	void commentsSayWhyTheyAreClosedAsAStableCodeAndAsText() {
		Post post = this.fixtures.closedPost();

		MvcTestResult result = this.mvc.get().uri("/api/posts/{slug}/comments", post.getSlug()).exchange();

		assertThat(result).bodyJson().extractingPath("$.closedReasonCode").isEqualTo("by-editor");
		assertThat(result).bodyJson().extractingPath("$.closedReasonText").isEqualTo("Comments are closed.");
		assertThat(result).bodyJson().extractingPath("$.closedReason").isEqualTo("comments.closed.by-editor");
	}

	private static String query(JsonNode operation) {
		StringBuilder query = new StringBuilder();
		for (JsonNode parameter : operation.path("parameters")) {
			if ("query".equals(parameter.get("in").asString())
					&& (parameter.path("required").asBoolean() || "q".equals(parameter.get("name").asString()))) {
				query.append((query.length() == 0) ? "?" : "&")
					.append(parameter.get("name").asString())
					.append("=energy");
			}
		}
		return query.toString();
	}

	private void assertValid(JsonNode api, JsonNode responseSchema, MvcTestResult result, String path) {
		assertThat(responseSchema.isMissingNode()).as("documented schema of " + path).isFalse();
		ObjectNode wrapper = this.json.createObjectNode();
		wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
		wrapper.set("components", api.get("components"));
		wrapper.set("allOf", this.json.createArrayNode().add(responseSchema));
		Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
			.getSchema(wrapper.toString());
		JsonNode body = this.json.readTree(result.getResponse().getContentAsByteArray());
		List<Error> errors = schema.validate(body);
		assertThat(errors).as(path + " " + body + " against " + responseSchema + " in " + api.get("components"))
			.isEmpty();
	}

}
