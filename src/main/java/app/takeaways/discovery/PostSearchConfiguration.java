package app.takeaways.discovery;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Chooses the search for the database we run on: PostgreSQL full-text search, or the
 * simpler word match on H2.
 */
@Configuration(proxyBeanMethods = false)
class PostSearchConfiguration {

	private static final Logger log = LoggerFactory.getLogger(PostSearchConfiguration.class);

	@Bean
	PostSearch postSearch(DataSource dataSource, JdbcClient jdbc, JdbcOperations jdbcOperations,
			SearchResultCache cache) throws MetaDataAccessException {
		String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		boolean postgres = "PostgreSQL".equalsIgnoreCase(product);
		log.info("Search uses {}", postgres ? "PostgreSQL full-text search" : "word matching on " + product);
		return postgres ? new PostgresPostSearch(jdbcOperations, cache::generation) : new H2PostSearch(jdbc);
	}

}
