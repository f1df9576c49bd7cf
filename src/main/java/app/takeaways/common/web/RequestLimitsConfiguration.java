package app.takeaways.common.web;

import java.time.Duration;
import java.util.Map;

import app.takeaways.common.TakeawaysProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The request body limits, checked before any other filter reads the body, and the limit
 * on requests doing application work at once.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

	/** The route that takes large files: the WordPress import. */
	static final String UPLOAD_PATH = "/admin/import";

	/** The picture upload of the media library. */
	static final String IMAGE_UPLOAD_PATH = "/editor/media";

	/** The same upload from the post form, in place. */
	static final String IMAGE_IN_PLACE_UPLOAD_PATH = "/editor/media/upload";

	/**
	 * Room for the other fields and the multipart headers around a picture of the largest
	 * size allowed, so that the library itself can say that a file is too large.
	 */
	static final long IMAGE_FORM_OVERHEAD = 64 * 1024;

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(TakeawaysProperties properties) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(properties.maxRequestSize().toBytes(),
						Map.of(UPLOAD_PATH, properties.maxUploadSize().toBytes(), IMAGE_UPLOAD_PATH,
								properties.maxImageSize().toBytes() + IMAGE_FORM_OVERHEAD, IMAGE_IN_PLACE_UPLOAD_PATH,
								properties.maxImageSize().toBytes() + IMAGE_FORM_OVERHEAD)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * Right after the page cache (so cached pages are never limited) and before Spring
	 * Security, whose session and CSRF work already needs the database. Unset, the limit
	 * is twice the database pool: enough to keep every connection busy while the next
	 * requests render, few enough that a flood waits here instead of in the pool.
	 */
	@Bean
	FilterRegistrationBean<ConcurrencyLimitFilter> concurrencyLimitFilter(
			@Value("${takeaways.max-concurrent-requests:0}") int maxConcurrent,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
			@Value("${takeaways.max-concurrent-wait:2s}") Duration wait) {
		FilterRegistrationBean<ConcurrencyLimitFilter> registration = new FilterRegistrationBean<>(
				new ConcurrencyLimitFilter((maxConcurrent > 0) ? maxConcurrent : 2 * poolSize, wait));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

}
