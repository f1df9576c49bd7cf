package app.takeaways.common.web;

import app.takeaways.common.DateFormats;
import app.takeaways.common.SiteUrls;
import app.takeaways.common.TakeawaysProperties;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What a {@code @WebMvcTest} needs besides its controller: security rules, settings and
 * the helpers templates call.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(TakeawaysProperties.class)
@Import({ SecurityConfiguration.class, DateFormats.class, SiteUrls.class })
public class WebSliceConfiguration {

}
