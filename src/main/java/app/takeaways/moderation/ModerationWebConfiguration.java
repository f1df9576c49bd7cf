package app.takeaways.moderation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What the moderation module adds to every admin page: the pending-comments badge.
 */
@Configuration(proxyBeanMethods = false)
class ModerationWebConfiguration implements WebMvcConfigurer {

	private final ObjectProvider<ModerationService> moderation;

	ModerationWebConfiguration(ObjectProvider<ModerationService> moderation) {
		this.moderation = moderation;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PendingCommentsBadge(this.moderation));
	}

}
