package app.takeaways.common;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses for canonical links, feeds and structured data: the configured
 * {@code takeaways.site-url}, or else the address of the current request.
 */
@Component
public class SiteUrls {

	private final TakeawaysProperties properties;

	SiteUrls(TakeawaysProperties properties) {
		this.properties = properties;
	}

	/**
	 * The site's base address without a trailing slash, e.g. {@code https://example.org}.
	 */
	public String base() {
		String configured = this.properties.siteUrl();
		if (StringUtils.hasText(configured)) {
			return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	/**
	 * An absolute address of a path on this site.
	 */
	public String of(String path) {
		return base() + path;
	}

}
