package app.takeaways.common.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may reach what, by URL prefix. This is the only place such rules are written.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain web(HttpSecurity http) {
		http.authorizeHttpRequests((auth) -> auth.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/editor/posts/*/delete")
			.hasRole("ADMIN")
			.requestMatchers("/editor", "/editor/**")
			.hasAnyRole("EDITOR", "ADMIN")
			.anyRequest()
			.permitAll())
			.formLogin((login) -> login.loginPage("/login").defaultSuccessUrl("/editor", false).permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll());
		return http.build();
	}

}
