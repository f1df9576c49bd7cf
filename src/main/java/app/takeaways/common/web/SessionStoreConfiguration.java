package app.takeaways.common.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.session.autoconfigure.SessionProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How a signed-in user's pages use the session store. Spring Session rewrote the session
 * row on every request, only to move its last access time, and read the row twice for a
 * page; so every page an editor or admin opened cost three statements and transactions
 * for the session, and on PostgreSQL one admin's parallel requests (the moderation queue
 * in a few tabs, or a benchmark) queued behind each other's row lock. Spring Boot's JDBC
 * session repository is now asked through {@link LazilyTouchedSessions}, which passes a
 * new access time on only once it moved by a minute or more (the repository stores a
 * session only when something in it changed), and which reads a session once per request
 * ({@link SessionReadsOfRequest}).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * Wraps Spring Boot's JDBC session repository, which the session filter then asks.
	 */
	@Bean
	static BeanPostProcessor lazilyTouchedSessions() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions) ? new LazilyTouchedSessions<>(sessions)
						: bean;
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
