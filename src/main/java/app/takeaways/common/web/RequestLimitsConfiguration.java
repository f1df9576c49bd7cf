package app.takeaways.common.web;

import app.takeaways.common.TakeawaysProperties;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The request body limits, checked before any other filter reads the body.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

	/** The one route that takes large files: the WordPress import. */
	static final String UPLOAD_PATH = "/admin/import";

	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(TakeawaysProperties properties) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(properties.maxRequestSize().toBytes(), UPLOAD_PATH,
						properties.maxUploadSize().toBytes()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

}
