package app.takeaways.common.web;

import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A CSRF token for JSON clients that post comments: send it back in the named header,
 * with the cookie (or session) this response came with.
 */
@RestController
class CsrfApiController {

	@GetMapping("/api/csrf")
	Token token(@Parameter(hidden = true) CsrfToken token) {
		return new Token(token.getHeaderName(), token.getParameterName(), token.getToken());
	}

	/**
	 * @param headerName the request header to send the token in
	 * @param parameterName the form field to send it in instead
	 * @param token the value
	 */
	record Token(String headerName, String parameterName, String token) {
	}

}
