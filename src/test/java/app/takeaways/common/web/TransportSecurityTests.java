package app.takeaways.common.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy (here: a request that says it came over HTTPS through a
 * local proxy) pages carry HSTS and the session cookie is {@code Secure}; over plain HTTP
 * neither is claimed. The session cookie and the anonymous visitor's CSRF cookie are
 * always {@code HttpOnly} and {@code SameSite=Lax}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.forward-headers-strategy=native")
class TransportSecurityTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> loginPage(boolean overHttps) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
			.header("Accept", "text/html");
		if (overHttps) {
			request.header("X-Forwarded-Proto", "https");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void overHttpsPagesCarryHstsAndTheSessionCookieIsSecure() throws Exception {
		HttpResponse<String> response = loginPage(true);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
		String csrfCookie = response.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(csrfCookie).startsWith("XSRF-TOKEN=").contains("Secure", "HttpOnly", "SameSite=Lax");
		assertThat(signInAttempt(response, true).headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.contains("Secure", "HttpOnly", "SameSite=Lax"));
	}

	/**
	 * A failed sign-in: the first thing that gives an anonymous visitor a session (to
	 * show the error), as the login page itself keeps its token in a cookie.
	 */
	private HttpResponse<String> signInAttempt(HttpResponse<String> loginPage, boolean overHttps) throws Exception {
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(loginPage.body());
		assertThat(token.find()).isTrue();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", loginPage.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0])
			.POST(HttpRequest.BodyPublishers.ofString("username=nobody&password=wrong&_csrf=" + token.group(1)));
		if (overHttps) {
			request.header("X-Forwarded-Proto", "https");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void overPlainHttpNoHstsIsSentAndTheCookieIsStillHttpOnlyAndLax() throws Exception {
		HttpResponse<String> response = loginPage(false);

		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).contains("HttpOnly", "SameSite=Lax").doesNotContain("Secure"));
		assertThat(signInAttempt(response, false).headers().firstValue("Set-Cookie"))
			.hasValueSatisfying((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
				.contains("HttpOnly", "SameSite=Lax")
				.doesNotContain("Secure"));
	}

	@Test
	void anonymousReadersGetNoSessionCookie() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/")).build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
	}

}
