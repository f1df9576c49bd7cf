package app.takeaways.pagecache;

import java.time.Clock;
import java.util.List;

import app.takeaways.post.PostKeys;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The rendered-page cache and the filter that serves from it. A configuration class
 * rather than components, so web and JPA test slices run without it.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

	@Bean
	PageCache pageCache(Clock clock, PostKeys posts, MeterRegistry meters) {
		return new PageCache(clock, posts::nextPublication, meters);
	}

	@Bean
	FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCache cache, PostKeys posts,
			ListableBeanFactory beans) {
		CachedPaths paths = new CachedPaths(
				() -> List.copyOf(beans.getBeansOfType(RequestMappingHandlerMapping.class).values()));
		FilterRegistrationBean<PageCacheFilter> registration = new FilterRegistrationBean<>(
				new PageCacheFilter(cache, paths, posts::idOf));
		// Before common.web's concurrency limit (DEFAULT_FILTER_ORDER - 1): cached pages
		// are answered however busy the application is.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
		return registration;
	}

}
