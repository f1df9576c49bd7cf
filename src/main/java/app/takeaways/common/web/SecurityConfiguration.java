package app.takeaways.common.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
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
			.requestMatchers("/editor/**")
			.hasAnyRole("EDITOR", "ADMIN")
			.anyRequest()
			.permitAll()).formLogin(Customizer.withDefaults()).logout(Customizer.withDefaults());
		return http.build();
	}

}
