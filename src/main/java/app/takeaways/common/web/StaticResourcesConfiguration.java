package app.takeaways.common.web;

import java.util.concurrent.TimeUnit;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The site's own stylesheets, scripts and images, under content-hashed addresses
 * ({@code /css/site-<md5>.css}) cached for a year. Only these folders are mapped: with
 * Boot's default {@code /**} mapping, every link a page rendered was looked up as a
 * possible file inside the jar, which cost the moderation queue 50–80 ms of CPU a page.
 */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration implements WebMvcConfigurer {

	private static final CacheControl ONE_YEAR = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		serve(registry, "/css/**", "classpath:/static/css/");
		serve(registry, "/js/**", "classpath:/static/js/");
		serve(registry, "/img/**", "classpath:/static/img/");
	}

	private static void serve(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(ONE_YEAR)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
