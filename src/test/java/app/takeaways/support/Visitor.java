package app.takeaways.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jsoup.Jsoup;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone using the application over real HTTP as a browser without JavaScript does:
 * keeps its cookies (so a sign-in lasts), does not follow redirects (tests look at them),
 * and posts forms, URL-encoded or with a file. The same visitor can go to several
 * instances on this machine, each on its own port, with one cookie jar.
 */
public final class Visitor {

	/** What Firefox sends in {@code Accept} for a page or a form's answer. */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private String address;

	/**
	 * Comes from this client address from now on, as a proxy in front would say in
	 * {@code X-Forwarded-For}.
	 * @param address the client's address
	 * @return this visitor
	 */
	public Visitor from(String address) {
		this.address = address;
		return this;
	}

	public HttpResponse<String> get(int port, String path) {
		return send(request(port, path).GET(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Gets a page or a resource in the form this visitor accepts, as a browser
	 * ({@code text/html}) or an API client ({@code application/json}) asks.
	 */
	public HttpResponse<String> get(int port, String path, String accept) {
		return send(request(port, path).header("Accept", accept).GET(), HttpResponse.BodyHandlers.ofString());
	}

	public HttpResponse<byte[]> getBytes(int port, String path) {
		return send(request(port, path).GET(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/**
	 * Posts a form as a browser sends it ({@code application/x-www-form-urlencoded}),
	 * asking for a page in return as browsers do.
	 */
	public HttpResponse<String> post(int port, String path, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(port, path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", BROWSER_ACCEPT)
			.POST(HttpRequest.BodyPublishers.ofString(body)), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts JSON as an API client does, with its CSRF token in the token's header.
	 */
	public HttpResponse<String> postJson(int port, String path, String json, CsrfToken token) {
		return send(request(port, path).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.header(token.headerName(), token.value())
			.POST(HttpRequest.BodyPublishers.ofString(json)), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Asks {@code /api/csrf} for a CSRF token, as a JSON client or the comment form's
	 * script does; the token belongs to this visitor's session.
	 */
	public CsrfToken csrf(int port) {
		HttpResponse<String> response = get(port, "/api/csrf", "application/json");
		assertThat(response.statusCode()).as("GET /api/csrf").isEqualTo(200);
		CsrfToken token = JsonMapper.shared().readValue(response.body(), CsrfToken.class);
		assertThat(token).as("the token in " + response.body()).hasNoNullFieldsOrProperties();
		return token;
	}

	/**
	 * Posts a multipart form with one file in the field {@code file}, as a browser's
	 * upload form does.
	 */
	public HttpResponse<String> upload(int port, String path, String csrf, String fileName, byte[] file,
			Map<String, String> fields) {
		String boundary = "takeaways-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf);
		all.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(
				request(port, path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
				HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Signs in through the sign-in form, with the form's own CSRF token.
	 * @return where the sign-in redirected to (the editor, or the sign-in page again with
	 * a reason)
	 */
	public String signIn(int port, String username, String password) {
		HttpResponse<String> form = get(port, "/login");
		assertThat(form.statusCode()).as("the sign-in page").isEqualTo(200);
		String token = Jsoup.parse(form.body()).select("input[name=_csrf]").val();
		assertThat(token).as("the sign-in form's CSRF token").isNotBlank();
		HttpResponse<String> response = post(port, "/login",
				Map.of("username", username, "password", password, "_csrf", token));
		assertThat(response.statusCode()).as("signing in").isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

	private HttpRequest.Builder request(int port, String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(20));
		if (this.address != null) {
			builder.header("X-Forwarded-For", this.address);
		}
		return builder;
	}

	/**
	 * @throws UncheckedIOException when the application cannot be reached or does not
	 * answer in time
	 */
	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			return this.http.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	/**
	 * A CSRF token from {@code /api/csrf}.
	 *
	 * @param headerName the request header to send the token in
	 * @param parameterName the form field to send it in instead
	 * @param value the token
	 */
	public record CsrfToken(String headerName, String parameterName, @JsonProperty("token") String value) {
	}

}
