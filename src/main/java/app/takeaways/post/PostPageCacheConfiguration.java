package app.takeaways.post;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rendered-page cache and the filter that serves from it. A configuration class
 * rather than components, so web and JPA test slices run without it.
 */
@Configuration(proxyBeanMethods = false)
class PostPageCacheConfiguration {

	@Bean
	PostPageCache postPageCache(Clock clock, PostRepository posts, MeterRegistry meters) {
		return new PostPageCache(clock, posts::findNextPublicationAfter, meters);
	}

	@Bean
	FilterRegistrationBean<PostPageCacheFilter> postPageCacheFilter(PostPageCache cache) {
		FilterRegistrationBean<PostPageCacheFilter> registration = new FilterRegistrationBean<>(
				new PostPageCacheFilter(cache));
		// Before common.web's concurrency limit (DEFAULT_FILTER_ORDER - 1): cached pages
		// are answered however busy the application is.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
		return registration;
	}

}
