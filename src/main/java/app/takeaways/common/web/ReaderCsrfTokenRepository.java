package app.takeaways.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps the CSRF token in the session when there is one (signed-in users, and anyone the
 * site already gave a session), and otherwise in a cookie, so that an anonymous reader
 * never gets a server session just for a token (double-submit: the form or header must
 * repeat the cookie's token). Both use the same header name, so API clients see one
 * mechanism.
 */
class ReaderCsrfTokenRepository implements CsrfTokenRepository {

	static final String HEADER = "X-CSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	ReaderCsrfTokenRepository() {
		this.cookies.setHeaderName(HEADER);
		this.cookies.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return delegate(request).generateToken(request);
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		delegate(request).saveToken(token, request, response);
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		CsrfToken token = delegate(request).loadToken(request);
		// a reader who got a session after posting (for its flash message) keeps the
		// cookie's token until the session has one of its own
		return (token != null) ? token : this.cookies.loadToken(request);
	}

	private CsrfTokenRepository delegate(HttpServletRequest request) {
		return (request.getSession(false) != null) ? this.sessions : this.cookies;
	}

}
