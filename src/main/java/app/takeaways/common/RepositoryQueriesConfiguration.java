package app.takeaways.common;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactories;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;

/**
 * Repository queries are parsed once at start-up, by Hibernate, not twice. With Hibernate
 * on the class path Spring Data JPA also parses every {@code @Query} with its own HQL
 * grammar, to be able to add a sort or derive a count query; no query here needs either
 * (pages are slices or name their count query, and orders are written in the query), and
 * that second parse was the largest single cost of starting (about a sixth of the main
 * thread's CPU, plus the JIT compiling the parser). The regular-expression enhancer
 * Spring Data used for JPQL before it had a parser does what is needed. Hibernate still
 * parses and checks every query at start-up, so a broken query still stops the start.
 */
@Configuration(proxyBeanMethods = false)
class RepositoryQueriesConfiguration {

	@Bean
	static BeanPostProcessor parseRepositoryQueriesOnce() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof JpaRepositoryFactoryBean<?, ?, ?> factory) {
					QueryEnhancerSelector regex = (query) -> QueryEnhancerFactories.fallback();
					factory.setQueryEnhancerSelectorSource(regex);
				}
				return bean;
			}

		};
	}

}
