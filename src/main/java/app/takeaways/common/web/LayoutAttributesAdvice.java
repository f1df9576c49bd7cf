package app.takeaways.common.web;

import app.takeaways.common.TakeawaysProperties;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Attributes every page layout needs.
 */
@ControllerAdvice
class LayoutAttributesAdvice {

	private final TakeawaysProperties properties;

	LayoutAttributesAdvice(TakeawaysProperties properties) {
		this.properties = properties;
	}

	@ModelAttribute("siteName")
	String siteName() {
		return this.properties.siteName();
	}

}
