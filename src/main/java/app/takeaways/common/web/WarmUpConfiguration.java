package app.takeaways.common.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Readers wait for readiness: {@link WarmUpGate} answers 503 until the application is
 * ready and again once it shuts down (over {@link ShutdownSafeHttp11NioProtocol}, also to
 * requests on kept-alive connections during the graceful shutdown), and with
 * {@code takeaways.warm-up.requests} above 0 {@link WarmUp} makes it fast before it is
 * (see the README's part on running several instances).
 */
@Configuration(proxyBeanMethods = false)
class WarmUpConfiguration {

	@Bean
	WarmUpGate warmUpGate(ObjectProvider<ApplicationAvailability> availability) {
		return new WarmUpGate(availability.getIfAvailable());
	}

	/** First of all filters: a refused request costs nothing else. */
	@Bean
	FilterRegistrationBean<WarmUpGate> warmUpGateRegistration(WarmUpGate gate) {
		FilterRegistrationBean<WarmUpGate> registration = new FilterRegistrationBean<>(gate);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** See {@link ShutdownSafeHttp11NioProtocol} for why. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> shutdownSafeProtocol() {
		return (factory) -> factory.setProtocol(ShutdownSafeHttp11NioProtocol.class.getName());
	}

	/**
	 * Always a bean, doing nothing with no requests to send: the jar's bean definitions
	 * are fixed at package time (Spring AOT), so a condition on the setting would ignore
	 * the value the operator gives at run time.
	 */
	@Bean
	WarmUp warmUp(@Value("${takeaways.warm-up.requests:0}") int requests, WarmUpGate gate, Environment environment) {
		return new WarmUp(requests, () -> environment.getRequiredProperty("local.server.port", Integer.class),
				gate.token());
	}

}
