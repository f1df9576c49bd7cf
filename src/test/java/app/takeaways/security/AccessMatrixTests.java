package app.takeaways.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import app.takeaways.account.Account;
import app.takeaways.comment.Comment;
import app.takeaways.comment.CommentFixtures;
import app.takeaways.post.Post;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The access matrix in {@code security/access-matrix.txt}: every route of the
 * application, for an anonymous reader, an editor and an admin, by GET and by POST, with
 * the status each gets. The table is checked against the routes the application really
 * maps, so a new route cannot be added without deciding who may use it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CommentFixtures.class)
class AccessMatrixTests {

	enum Role {

		ANONYMOUS, EDITOR, ADMIN

	}

	record Row(String pattern, String path, Map<String, String> expected) {

		String expected(Role role, String method) {
			return this.expected.get(role + " " + method);
		}

		@Override
		public String toString() {
			return this.path;
		}

	}

	static final List<Row> ROWS = load();

	private static final Map<String, String> places = new java.util.HashMap<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	CommentFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	static List<Row> load() {
		try (InputStream in = AccessMatrixTests.class.getResourceAsStream("/security/access-matrix.txt")) {
			List<Row> rows = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.trim().split("\\s+");
				Map<String, String> expected = new java.util.HashMap<>();
				int cell = 2;
				for (Role role : Role.values()) {
					expected.put(role + " GET", cells[cell++]);
					expected.put(role + " POST", cells[cell++]);
				}
				rows.add(new Row(cells[0], cells[1], expected));
			}
			return List.copyOf(rows);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Stream<Arguments> cases() {
		return ROWS.stream()
			.flatMap((row) -> Stream.of(Role.values())
				.flatMap((role) -> Stream.of("GET", "POST").map((method) -> Arguments.of(row, role, method))));
	}

	/**
	 * The places the table's placeholders stand for, made once for the whole class.
	 */
	@BeforeEach
	void createPlaces() throws Exception {
		if (!places.isEmpty()) {
			return;
		}
		this.fixtures.account("matrix-editor", "Matrix Editor");
		this.fixtures.account("matrix-admin", "Matrix Admin");
		Post open = this.fixtures.openPost();
		// Created through the editor, so that it has a revision to look at and restore.
		String created = this.mvc
			.perform(MockMvcRequestBuilders.post("/editor/posts")
				.with(csrf())
				.with(user("matrix-editor").roles("EDITOR"))
				.param("title", "Matrix post")
				.param("publication", "NOW")
				.param("takeaways[0].heading", "Heading"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(created).startsWith("/editor/posts/");
		Comment comment = this.fixtures.pendingComment(open, "matrix@example.org", "A matrix comment.");
		Account account = this.fixtures.account(CommentFixtures.unique("matrix-account"), "Matrix Account");
		places.put("{seed}", "key-takeaways-from-kim-and-putins-meeting");
		places.put("{open}", open.getSlug());
		places.put("{post}", created.substring("/editor/posts/".length()));
		places.put("{doomed}", this.fixtures.openPost().getId().toString());
		places.put("{revision}", "1");
		places.put("{comment}", comment.getId().toString());
		places.put("{account}", account.getId().toString());
		places.put("{tag}", this.jdbc.queryForObject("select min(slug) from tag", String.class));
		String month = this.jdbc
			.queryForObject("select max(published_at) from post where status = 'PUBLISHED'", java.sql.Timestamp.class)
			.toInstant()
			.toString();
		places.put("{year}", month.substring(0, 4));
		places.put("{month}", month.substring(5, 7));
	}

	@ParameterizedTest(name = "{1} {2} {0}")
	@MethodSource("cases")
	void everyRouteAnswersEachRoleAsTheTableSays(Row row, Role role, String method) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request(row, role, method).with(csrf()))
			.andReturn()
			.getResponse();

		String expected = row.expected(role, method);
		if (expected.equals("login")) {
			assertThat(response.getStatus()).as("status").isEqualTo(302);
			assertThat(response.getRedirectedUrl()).endsWith("/login");
		}
		else {
			assertThat(response.getStatus()).as("status").isEqualTo(Integer.parseInt(expected));
			if (expected.equals("302")) {
				assertThat(response.getRedirectedUrl()).doesNotEndWith("/login");
			}
		}
	}

	static Stream<Arguments> posts() {
		return ROWS.stream().flatMap((row) -> Stream.of(Role.values()).map((role) -> Arguments.of(row, role)));
	}

	@ParameterizedTest(name = "{1} POST {0} without a token")
	@MethodSource("posts")
	void noPostIsAcceptedWithoutItsCsrfToken(Row row, Role role) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request(row, role, "POST")).andReturn().getResponse();

		assertThat(response.getStatus()).isEqualTo(403);
	}

	@Test
	void theTableCoversEveryRouteTheApplicationMaps() {
		Set<String> mapped = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			mapped.addAll(info.getPatternValues());
		}
		mapped.remove("/error");
		Set<String> listed = new TreeSet<>(ROWS.stream().map(Row::pattern).toList());

		assertThat(listed).containsAll(mapped);
	}

	private MockHttpServletRequestBuilder request(Row row, Role role, String method) {
		String path = row.path();
		for (Map.Entry<String, String> place : places.entrySet()) {
			path = path.replace(place.getKey(), place.getValue());
		}
		MockHttpServletRequestBuilder request = method.equals("GET") ? MockMvcRequestBuilders.get(path)
				: MockMvcRequestBuilders.post(path);
		return switch (role) {
			case ANONYMOUS -> request;
			case EDITOR -> request.with(user("matrix-editor").roles("EDITOR"));
			case ADMIN -> request.with(user("matrix-admin").roles("ADMIN"));
		};
	}

}
