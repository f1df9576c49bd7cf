package app.takeaways.common.web;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is looking at an admin page, as its navigation and buttons need to know: signed in
 * or not, and whether as an admin. The same answers as Spring Security's
 * {@code isAuthenticated()} and {@code hasRole('ADMIN')}, read once per page: in the
 * templates' {@code sec:authorize} every use parsed and ran such an expression anew,
 * about 7% of rendering the moderation queue.
 *
 * @param signedIn signed in, not an anonymous reader
 * @param admin signed in as an admin
 */
public record Viewer(boolean signedIn, boolean admin) {

	/**
	 * The model attribute that holds the viewer on the pages of controllers marked
	 * {@link AdminLayout}.
	 */
	public static final String ATTRIBUTE = "viewer";

	/**
	 * The authority {@code hasRole('ADMIN')} looks for: Spring Security's default role
	 * prefix, which the application does not change.
	 */
	private static final String ADMIN_AUTHORITY = "ROLE_" + SecurityConfiguration.ADMIN;

	private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

	/**
	 * @return whoever the current request is from
	 */
	public static Viewer current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return new Viewer(false, false);
		}
		boolean admin = authentication.getAuthorities()
			.stream()
			.anyMatch((authority) -> ADMIN_AUTHORITY.equals(authority.getAuthority()));
		return new Viewer(TRUST.isAuthenticated(authentication), admin);
	}

}
