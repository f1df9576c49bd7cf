package app.takeaways.common.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach what, by URL prefix. This is the only place such rules are written.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * Scripts and styles only from this site's own files: no inline script, no eval.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' https: data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** The role of admins, as {@code hasRole} names it. */
	static final String ADMIN = "ADMIN";

	/** The role of editors, as {@code hasRole} names it. */
	static final String EDITOR = "EDITOR";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityFilterChain web(HttpSecurity http) {
		http.authorizeHttpRequests((auth) -> auth.requestMatchers("/admin/**")
			.hasRole(ADMIN)
			.requestMatchers("/editor/posts/*/delete", "/editor/media/*/delete")
			.hasRole(ADMIN)
			.requestMatchers("/editor", "/editor/**")
			.hasAnyRole(EDITOR, ADMIN)
			.requestMatchers("/actuator/prometheus")
			.hasRole(ADMIN)
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login").defaultSuccessUrl("/editor", false).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.csrf((csrf) -> csrf.csrfTokenRepository(new ReaderCsrfTokenRepository()))
			.exceptionHandling(
					(exceptions) -> exceptions.accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
							new LinkedHashMap<>(Map.of(PathPatternRequestMatcher.withDefaults()
								.matcher(HttpMethod.POST, "/posts/*/comments"), new CommentRetryHandler())),
							new AccessDeniedHandlerImpl())))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

}
