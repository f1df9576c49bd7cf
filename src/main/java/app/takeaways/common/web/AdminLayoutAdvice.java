package app.takeaways.common.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the admin layout shows of whoever looks at it ({@link Viewer}), on the pages of
 * controllers marked {@link AdminLayout}.
 */
@ControllerAdvice(annotations = AdminLayout.class)
class AdminLayoutAdvice {

	@ModelAttribute(Viewer.ATTRIBUTE)
	Viewer viewer() {
		return Viewer.current();
	}

}
