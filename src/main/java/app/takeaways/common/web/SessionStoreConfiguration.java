package app.takeaways.common.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.session.autoconfigure.SessionProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.SaveMode;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How a signed-in user's pages use the session store. Spring Session rewrote the session
 * row on every request, only to move its last access time, and read the row twice for a
 * page; so every page an editor or admin opened cost three statements and transactions
 * for the session, and on PostgreSQL one admin's parallel requests (the moderation queue
 * in a few tabs, or a benchmark) queued behind each other's row lock. Spring Boot's JDBC
 * session repository is now asked through {@link LazilyTouchedSessions}, which stores a
 * session only when something in it changed and a new access time only once it moved by a
 * minute or more, and which reads a session once per request
 * ({@link SessionReadsOfRequest}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * Wraps Spring Boot's JDBC session repository, which the session filter then asks.
	 * Left as it is when {@code spring.session.jdbc.save-mode} asks to store attributes
	 * that were only read, which the wrapper cannot see.
	 */
	@Bean
	static BeanPostProcessor lazilyTouchedSessions(Environment environment) {
		SaveMode saveMode = Binder.get(environment)
			.bind("spring.session.jdbc.save-mode", SaveMode.class)
			.orElse(SaveMode.ON_SET_ATTRIBUTE);
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository sessions && saveMode == SaveMode.ON_SET_ATTRIBUTE) {
					return new LazilyTouchedSessions<>(sessions);
				}
				return bean;
			}

		};
	}

	/**
	 * Just outside Spring Session's filter, on requests (not on their error or async
	 * dispatches, where the session is read from the store as before).
	 */
	@Bean
	FilterRegistrationBean<SessionReadsOfRequest> sessionReadsOfRequest(SessionProperties sessions) {
		FilterRegistrationBean<SessionReadsOfRequest> registration = new FilterRegistrationBean<>(
				new SessionReadsOfRequest());
		registration.setOrder(sessions.getServlet().getFilterOrder() - 1);
		return registration;
	}

}
