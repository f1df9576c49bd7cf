package app.takeaways.account;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

	/**
	 * bcrypt today, with the algorithm stored beside each hash so it can change later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Locked sign-ins are refused before Spring Security (order -100) sees them.
	 */
	@Bean
	FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginAttempts attempts) {
		FilterRegistrationBean<LoginThrottleFilter> registration = new FilterRegistrationBean<>(
				new LoginThrottleFilter(attempts));
		registration.setOrder(-110);
		registration.addUrlPatterns("/login");
		return registration;
	}

}
