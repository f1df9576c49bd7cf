package app.takeaways.media;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Chooses where picture bytes live: the database unless a directory is configured.
 */
@Configuration(proxyBeanMethods = false)
class MediaStoreConfiguration {

	@Bean
	MediaStore mediaStore(MediaProperties properties, JdbcClient jdbc) {
		return (properties.directory() != null) ? new DirectoryMediaStore(properties.directory())
				: new DatabaseMediaStore(jdbc);
	}

}
