package app.takeaways.pagecache;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers {@link CachedPageInterceptor}. It needs no other bean, so web test slices
 * that pick up MVC configuration run with it unchanged.
 */
@Configuration(proxyBeanMethods = false)
class CachedPageWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new CachedPageInterceptor());
	}

}
