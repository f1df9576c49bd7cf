package app.takeaways.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSRF token from {@code /api/csrf}, as a JSON client or the comment form's script gets
 * one; the client must keep cookies so the token matches.
 */
public final class CsrfTokens {

	private static final Pattern FIELD = Pattern.compile("\"(headerName|parameterName|token)\"\\s*:\\s*\"([^\"]+)\"");

	private CsrfTokens() {
	}

	public static Token fetch(HttpClient client, String baseUrl) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(URI.create(baseUrl + "/api/csrf")).header("Accept", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET /api/csrf answered " + response.statusCode());
		}
		String header = null;
		String parameter = null;
		String token = null;
		Matcher field = FIELD.matcher(response.body());
		while (field.find()) {
			switch (field.group(1)) {
				case "headerName" -> header = field.group(2);
				case "parameterName" -> parameter = field.group(2);
				default -> token = field.group(2);
			}
		}
		if (header == null || parameter == null || token == null) {
			throw new IllegalStateException("No token in " + response.body());
		}
		return new Token(header, parameter, token);
	}

	/**
	 * @param headerName the request header to send the token in
	 * @param parameterName the form field to send it in instead
	 * @param value the token
	 */
	public record Token(String headerName, String parameterName, String value) {
	}

}
